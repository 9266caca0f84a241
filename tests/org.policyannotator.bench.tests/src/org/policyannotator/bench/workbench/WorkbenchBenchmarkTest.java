package org.policyannotator.bench.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.bench.BenchRun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code bench workbench}: starts a real workbench, times every action at every size and closes it again. */
class WorkbenchBenchmarkTest {
	@TempDir
	Path temp;

	private BenchRun bench;

	private int run(String... args) {
		bench = new BenchRun(temp);
		return bench.run(args);
	}

	@Test
	void everyActionAtEverySizeGetsAMedianAndP95AgainstOneRedrawOfTheEditor() throws Exception {
		assertEquals(ExitCodes.OK, run("bench", "workbench", "--sizes", "50,300", "--chars", "40000",
				"--repetitions", "3", "--json"), bench.err());

		Set<String> seen = new HashSet<>();
		ObjectMapper mapper = new ObjectMapper();
		for (String line : bench.out().lines().toList()) {
			JsonNode figure = mapper.readTree(line);
			assertEquals("workbench", figure.get("bench").asText(), line);
			assertEquals("editor-redraw", figure.get("baseline").asText(), line);
			double median = figure.get("median_ms").asDouble();
			assertTrue(median > 0 && figure.get("p95_ms").asDouble() >= median, line);
			double baseline = figure.get("baseline_median_ms").asDouble();
			// the JSON rounds each figure to a microsecond: the ratio recomputed from rounded figures may differ
			// by that rounding, which grows with the ratio
			double rounding = median / baseline * (0.0005 / median + 0.0005 / baseline) + 0.0005;
			assertEquals(median / baseline, figure.get("ratio").asDouble(), rounding + 1e-6, line);
			seen.add(figure.get("measure").asText() + "@" + figure.get("size").asInt());
		}
		Set<String> expected = new HashSet<>();
		for (String measure : List.of("tag", "retype", "delete", "undo", "open", "switch")) {
			expected.add(measure + "@50");
			expected.add(measure + "@300");
		}
		assertEquals(expected, seen);
	}

	@Test
	void withoutJsonEachFigureIsALineForPeople() {
		assertEquals(ExitCodes.OK, run("bench", "workbench", "--sizes", "40", "--chars", "20000", "--repetitions", "2"),
				bench.err());
		String text = bench.out();
		assertTrue(text.lines().anyMatch(l -> l.startsWith("tag") && l.contains("40 annotations: median")
				&& l.contains("one redraw")), text);
		assertTrue(text.contains("heap in use with every view open"), text);
	}

	@Test
	void badSizesAreAUsageErrorBeforeAnyWindowOpens() {
		assertEquals(ExitCodes.USAGE, run("bench", "workbench", "--sizes", "1000,lots"));
		assertTrue(bench.err().contains("--sizes"), bench.err());
	}

	@Test
	void aCorpusToShowAsWellMustBeACorpusFolder() {
		assertEquals(ExitCodes.USAGE, run("bench", "workbench", "--corpus", "no-such-folder"));
		assertTrue(bench.err().contains("is not a corpus folder"),
				bench.err());
	}
}

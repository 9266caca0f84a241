package org.policyannotator.bench.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.bench.BenchRun;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code bench palette}: starts a real workbench, types into the tag palette's filter box over a large codebook and
 * tags in sentence mode against a normal tag; the scenario itself checks that each step did what a user sees.
 */
class PaletteBenchmarkTest {
	@TempDir
	Path temp;

	private BenchRun bench;

	private int run(String... args) {
		bench = new BenchRun(temp);
		return bench.run(args);
	}

	@Test
	void filteringIsTimedPerKeystrokeAndASentenceTagAgainstANormalTag() throws Exception {
		assertEquals(ExitCodes.OK, run("bench", "palette", "--codes", "300", "--annotations", "60", "--chars", "30000",
				"--repetitions", "3", "--json"), bench.err());

		Map<String, JsonNode> figures = new HashMap<>();
		ObjectMapper mapper = new ObjectMapper();
		for (String line : bench.out().lines().toList()) {
			JsonNode figure = mapper.readTree(line);
			assertEquals("palette", figure.get("bench").asText(), line);
			double median = figure.get("median_ms").asDouble();
			assertTrue(median > 0 && figure.get("p95_ms").asDouble() >= median, line);
			assertEquals(median / figure.get("baseline_median_ms").asDouble(), figure.get("ratio").asDouble(), 0.01,
					line);
			figures.put(figure.get("measure").asText(), figure);
		}
		assertEquals(java.util.Set.of("filter", "tag", "sentence-tag"), figures.keySet());
		assertEquals(300, figures.get("filter").get("size").asInt());
		assertEquals("palette-redraw", figures.get("filter").get("baseline").asText());
		assertEquals(60, figures.get("tag").get("size").asInt());
		assertEquals("editor-redraw", figures.get("tag").get("baseline").asText());
		assertEquals("tag", figures.get("sentence-tag").get("baseline").asText());
		assertEquals(figures.get("tag").get("median_ms").asDouble(),
				figures.get("sentence-tag").get("baseline_median_ms").asDouble(), 0.001);
	}

	@Test
	void withoutJsonTheFiguresAreLinesForPeople() {
		assertEquals(ExitCodes.OK, run("bench", "palette", "--quick", "--codes", "120", "--annotations", "30",
				"--chars", "20000", "--repetitions", "2"), bench.err());
		String text = bench.out();
		assertTrue(text.lines().anyMatch(l -> l.startsWith("filter") && l.contains("120 codes: median")
				&& l.contains("per keystroke")), text);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("sentence-tag") && l.contains("a normal tag")), text);
	}

	@Test
	void theCodebookHasTheCodesAskedForInTwoLevelsWithNumbers() {
		Schema codebook = BenchCodebook.of(1_000);
		assertEquals(1_000, codebook.tagTypes().size());
		assertEquals(25, codebook.tree().roots().size());
		TagType sub = codebook.tagType("t12-7").orElseThrow();
		assertEquals("t12", sub.parent());
		assertEquals("1207", sub.code().number());
		assertTrue(codebook.tagTypes().stream().anyMatch(t -> t.label().toLowerCase().contains("health insurance")));
	}
}

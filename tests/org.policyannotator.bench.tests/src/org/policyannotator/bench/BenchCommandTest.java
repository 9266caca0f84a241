package org.policyannotator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.Benchmarks;
import org.policyannotator.app.cli.CommandLine;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code policyannotator bench} with this bundle present: the benchmarks are found and print JSON lines. */
class BenchCommandTest {
	private static final Set<String> FIELDS = Set.of("bench", "measure", "size", "median_ms", "p95_ms", "baseline",
			"baseline_median_ms", "ratio");
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path temp;

	private int run(String... args) {
		out.reset();
		err.reset();
		return new CommandLine(Subcommands.all("test"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), temp).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theProductFindsEveryBenchmarkOfThisBundle() {
		List<String> names = Benchmarks.found().stream().map(Benchmark::name).toList();
		assertEquals(List.of("model", "editor", "import", "export", "alpha", "search", "suggest", "grading", "sync",
				"extract", "workbench", "agreement", "startup", "import-dataset", "palette"), names);
		assertEquals(ExitCodes.OK, run("bench", "--help"));
		for (String name : names) {
			assertTrue(out().contains("  " + name + " "), out());
		}
	}

	@Test
	void everyBenchmarkAnswersHelpWithoutRunning() {
		for (Benchmark benchmark : Benchmarks.found()) {
			assertEquals(ExitCodes.OK, run("bench", benchmark.name(), "--help"));
			assertTrue(out().startsWith("usage: policyannotator bench " + benchmark.name()), out());
			assertTrue(out().contains("--json"), out());
		}
	}

	@Test
	void modelWithJsonPrintsOnlyJsonLinesWithTheModelMeasuresAgainstBareJackson() throws Exception {
		assertEquals(ExitCodes.OK, run("bench", "model", "--quick", "--iterations", "1", "--json"), err.toString());
		Map<String, JsonNode> measures = jsonLines(out());
		assertEquals(Set.of("set-save", "set-load", "corpus-add", "corpus-save", "corpus-load", "corpus-validate",
				"corpus-info", "titles", "export-disk"), measures.keySet());
		assertEquals("bare-jackson-parse", measures.get("corpus-validate").get("baseline").asText());
		assertEquals(500, measures.get("corpus-validate").get("size").asInt());
		assertEquals("bare-jackson-export", measures.get("export-disk").get("baseline").asText());
		assertTrue(measures.get("titles").get("baseline").isNull(), measures.get("titles").toString());
		assertEquals(20_000, measures.get("set-save").get("size").asInt());
		assertEquals(500, measures.get("corpus-load").get("size").asInt());
		JsonNode load = measures.get("corpus-load");
		assertEquals("bare-jackson-parse", load.get("baseline").asText());
		assertEquals(load.get("median_ms").asDouble() / load.get("baseline_median_ms").asDouble(),
				load.get("ratio").asDouble(), 0.01);
		assertTrue(load.get("median_ms").asDouble() > 0, load.toString());
	}

	@Test
	void exportWithJsonPrintsItsRatioToBareJackson() throws Exception {
		assertEquals(ExitCodes.OK, run("bench", "export", "--quick", "--iterations", "1", "--json"), err.toString());
		JsonNode export = jsonLines(out()).get("export");
		assertEquals("export", export.get("bench").asText());
		assertEquals("bare-jackson", export.get("baseline").asText());
		assertTrue(export.get("ratio").asDouble() > 0, export.toString());
	}

	@Test
	void agreementRunsTheCommandOnAGeneratedCorpusAgainstBareJackson() throws Exception {
		assertEquals(ExitCodes.OK, run("bench", "agreement", "--documents", "30", "--annotators", "3",
				"--per-document", "20", "--json"), err.toString());
		JsonNode agreement = jsonLines(out()).get("agreement");
		assertEquals(30 * 3 * 20, agreement.get("size").asInt());
		assertEquals("bare-jackson-parse", agreement.get("baseline").asText());
		assertTrue(agreement.get("median_ms").asDouble() > 0, agreement.toString());
	}

	@Test
	void importDatasetImportsTheFileItGeneratesIntoAnEmptyCorpus() throws Exception {
		assertEquals(ExitCodes.OK, run("bench", "import-dataset", "--mb", "1"), err.toString());
		assertTrue(out().matches("(?s)generated .*: 1\\.0 MB, .*imported [0-9,]+ sets, [0-9,]+ annotations, [0-9,]+ documents.*"),
				out());
		assertEquals(ExitCodes.OK, run("bench", "import-dataset", "--mb", "1", "--json"), err.toString());
		JsonNode figure = jsonLines(out()).get("import-doccano");
		assertTrue(figure.get("size").asLong() >= 1 << 20, figure.toString());
		assertTrue(figure.get("median_ms").asDouble() > 0, figure.toString());
	}

	@Test
	void withoutJsonTheReadableLinesArePrinted() {
		assertEquals(ExitCodes.OK, run("bench", "alpha", "--spans", "2000"));
		assertTrue(out().startsWith("unitizing alpha"), out());
		assertTrue(!out().contains("{\""), out());
	}

	/** Each line of {@code text} as a JSON object with exactly the documented fields, by measure. */
	private static Map<String, JsonNode> jsonLines(String text) throws Exception {
		ObjectMapper mapper = new ObjectMapper();
		Map<String, JsonNode> byMeasure = new TreeMap<>();
		List<String> lines = new ArrayList<>(text.lines().toList());
		assertTrue(!lines.isEmpty(), "no output");
		for (String line : lines) {
			JsonNode node = mapper.readTree(line);
			Set<String> fields = new java.util.HashSet<>();
			node.fieldNames().forEachRemaining(fields::add);
			assertEquals(FIELDS, fields, line);
			byMeasure.put(node.get("measure").asText(), node);
		}
		return byMeasure;
	}
}

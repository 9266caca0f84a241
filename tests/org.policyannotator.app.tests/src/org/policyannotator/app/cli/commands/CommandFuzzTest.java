package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.testing.Mutations;

/**
 * Fuzzing of the command line's readers as a script calls them: mutated files for {@code import-annotations} (our
 * dataset, JSON Lines, W3C, doccano) and {@code agreement --table}. Every run must end with exit code 0, 1 or 2;
 * a failure must name the input file and not leak a Java exception's name; a failed import changes no file of the
 * corpus.
 */
class CommandFuzzTest {
	@TempDir
	Path dir;

	@Test
	void importAnnotations() throws Exception {
		ExportCommandTest.corpus(dir.resolve("news"));
		for (String[] format : new String[][] { { "native", "json" }, { "jsonl", "jsonl" }, { "w3c", "jsonld" },
				{ "doccano", "jsonl" }, { "labelstudio", "json" }, { "brat", "ann" }, { "uima-json", "json" } }) {
			Path seedFile = dir.resolve("seed." + format[1]);
			byte[] seed;
			if (format[0].equals("brat")) {
				// brat is a folder: the .ann of one document is mutated, read with its .txt beside it
				Path folder = dir.resolve("seed-brat");
				assertEquals(ExitCodes.OK, cli("export", "--corpus", "news", "--format", "brat", "--out",
						folder.toString()).exitCode);
				Path ann;
				try (Stream<Path> files = Files.walk(folder)) {
					ann = files.filter(f -> f.toString().endsWith(".ann")).filter(f -> {
						try {
							return Files.size(f) > 0;
						} catch (IOException e) {
							return false;
						}
					}).findFirst().orElseThrow();
				}
				seed = Files.readAllBytes(ann);
				Path text = Path.of(ann.toString().replaceAll("\\.ann$", ".txt"));
				Files.copy(text, dir.resolve("input-brat.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			} else if (format[0].equals("uima-json")) {
				// UIMA CAS JSON is a folder of one CAS per document: one CAS is mutated and read alone
				Path folder = dir.resolve("seed-uima");
				assertEquals(ExitCodes.OK, cli("export", "--corpus", "news", "--format", "uima-json", "--out",
						folder.toString()).exitCode);
				try (Stream<Path> files = Files.walk(folder)) {
					seed = Files.readAllBytes(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow());
				}
			} else {
				assertEquals(ExitCodes.OK, cli("export", "--corpus", "news", "--format", format[0], "--out",
						seedFile.toString()).exitCode, format[0]);
				seed = Files.readAllBytes(seedFile);
			}
			Mutations mutations = new Mutations(format[0].hashCode());
			Path input = dir.resolve("input-" + format[0] + "." + format[1]);
			Path target = dir.resolve("mine");
			assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
				for (int i = 0; i < Mutations.BUDGET / 5; i++) {
					if (!Files.exists(target)) {
						empty(target);
					}
					byte[] bytes = mutations.mutate(seed);
					Files.write(input, bytes);
					Map<String, String> before = files(target);
					List<String> args = List.of("import-annotations", input.toString(), "--corpus", target.toString(),
							"--format", format[0], "--annotator", "fuzz");
					Run run = cli(args.toArray(String[]::new));
					check(run, input, bytes, format[0] + " " + i);
					if (run.exitCode == ExitCodes.OK) {
						deleteTree(target);
					} else if (!before.equals(files(target))) {
						failWith(format[0], i, bytes, "a failed import changed the corpus: " + run.err);
					}
				}
			}, format[0] + ": the import hung");
		}
	}

	@Test
	void agreementTables() throws Exception {
		byte[] seed = """
				unit,coder A,coder B,coder C,coder D
				1,1,1,,1
				2,2,2,3,2
				3,3,3,3,3
				4,3,3,3,3
				5,2,2,2,2
				6,1,2,3,4
				7,4,4,4,4
				8,1,1,2,1
				9,2,2,2,2
				10,,5,5,5
				""".getBytes(StandardCharsets.UTF_8);
		Mutations mutations = new Mutations(7);
		Path input = dir.resolve("table.csv");
		List<String> measures = List.of("percent", "cohen-kappa", "scott-pi", "fleiss-kappa", "krippendorff-alpha");
		assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
			for (int i = 0; i < Mutations.BUDGET / 2; i++) {
				byte[] bytes = mutations.mutate(seed);
				Files.write(input, bytes);
				String measure = measures.get(i % measures.size());
				check(cli("agreement", "--table", input.toString(), "--measure", measure), input, bytes, "table " + i);
			}
		}, "agreement: the run hung");
	}

	private void check(Run run, Path input, byte[] bytes, String what) {
		if (run.exitCode != ExitCodes.OK && run.exitCode != ExitCodes.FAILED && run.exitCode != ExitCodes.USAGE) {
			failWith(what, 0, bytes, "exit code " + run.exitCode);
		}
		if (run.exitCode == ExitCodes.FAILED) {
			if (!run.err.contains(input.getFileName().toString())) {
				failWith(what, 0, bytes, "the message does not name the file: " + run.err);
			}
			if (run.err.matches("(?s).*\\b\\w+(Exception|Error)\\b.*")) {
				failWith(what, 0, bytes, "a Java exception reached the user: " + run.err);
			}
		}
	}

	private void empty(Path folder) throws IOException {
		Corpus corpus = Corpus.create(folder, "news", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc-1", "Ties", ExportCommandTest.TEXT));
		corpus.addDocument(Document.of("doc-2", "Other", "Nothing is tagged here."));
	}

	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.filter(Files::isRegularFile).toList()) {
				contents.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
			}
		}
		return contents;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private Run cli(String... args) {
		CommandRun run = new CommandRun(dir);
		int code = run.line(args);
		return new Run(code, run.out(), run.err());
	}

	private void failWith(String what, int index, byte[] input, String problem) {
		Path saved = Path.of("target", "fuzz-findings", what.replace(' ', '-') + ".bin");
		try {
			Files.createDirectories(saved.getParent());
			Files.write(saved, input);
		} catch (IOException ignored) {
			// the failure below still says what went wrong
		}
		fail(what + " (input saved in " + saved.toAbsolutePath() + "): " + problem);
	}

	private record Run(int exitCode, String out, String err) {
	}
}

package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.sample.SampleFiles;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.testing.FuzzFindings;
import org.policyannotator.testing.Mutations;

/**
 * Fuzzing of exercise packages and submissions: one entry of a valid zip mutated at a time. Opening a broken
 * package fails naming the package and makes no folder; grading a folder with a broken submission grades the others
 * and reports that one as an error; no Java exception's name ever reaches the user.
 */
class ExerciseFuzzTest {
	@TempDir
	Path dir;

	private Run cli(String... args) {
		CommandRun run = new CommandRun(dir);
		int code = run.line(args);
		return new Run(code, run.out(), run.err());
	}

	private void anExerciseWithOneSubmission() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("course"), "course", Schema.defaultSchema());
		Document d4 = SampleFiles.document("d4", "004");
		corpus.addDocument(d4);
		corpus.saveSet(tagged(d4, "teacher"));
		assertEquals(ExitCodes.OK, cli("exercise", "create", "--corpus", "course", "--documents", "d4", "--reference",
				"teacher", "--out", "exercise.zip", "--reference-out", "reference.zip").exitCode);
		assertEquals(ExitCodes.OK, cli("exercise", "open", "exercise.zip", "--into", "ada", "--student", "ada").exitCode);
		Corpus student = Corpus.open(dir.resolve("ada"));
		student.saveSet(tagged(student.loadDocument("d4"), "ada"));
		assertEquals(ExitCodes.OK, cli("exercise", "submit", "--corpus", "ada", "--student", "ada", "--out",
				"good/ada.zip").exitCode);
	}

	private static AnnotationSet tagged(Document d, String annotator) {
		String phrase = "approximately 200 leading South Korean business figures";
		int start = d.text().indexOf(phrase);
		return AnnotationSet.of(annotator, d.id(), d.sha256(), List.of(Annotation.of("a1", "statistic",
				List.of(Span.of(d.text(), start, start + phrase.length())), annotator, Instant.EPOCH)), List.of());
	}

	@Test
	void brokenPackagesAreRefusedAndBrokenSubmissionsReported() throws Exception {
		anExerciseWithOneSubmission();
		Map<String, byte[]> exercise = unzip(Files.readAllBytes(dir.resolve("exercise.zip")));
		Map<String, byte[]> submission = unzip(Files.readAllBytes(dir.resolve("good/ada.zip")));
		Mutations mutations = new Mutations(19);
		assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
			for (int i = 0; i < Mutations.BUDGET / 10; i++) {
				byte[] broken = zip(mutateOneEntry(exercise, mutations, i));
				Files.write(dir.resolve("broken.zip"), broken);
				Path into = dir.resolve("open-" + i);
				Run open = cli("exercise", "open", "broken.zip", "--into", into.toString(), "--student", "bo");
				check(open, "broken.zip", "package " + i, broken);
				if (open.exitCode != ExitCodes.OK && Files.exists(into)) {
					FuzzFindings.fail("package", i, broken, "a refused package left " + into, null);
				}
				byte[] badSubmission = zip(mutateOneEntry(submission, mutations, i));
				Path folder = Files.createDirectories(dir.resolve("submissions-" + i));
				Files.copy(dir.resolve("good/ada.zip"), folder.resolve("ada.zip"));
				Files.write(folder.resolve("bo.zip"), badSubmission);
				Run grade = cli("exercise", "grade", "--reference", "reference.zip", "--reference-annotator", "teacher",
						"--submissions", folder.toString(), "--out", dir.resolve("grades-" + i).toString());
				check(grade, "bo.zip", "submission " + i, badSubmission);
				String book = Files.exists(dir.resolve("grades-" + i + "/gradebook.csv"))
						? Files.readString(dir.resolve("grades-" + i + "/gradebook.csv")) : "";
				if (!book.contains("ada.zip,ada,ok")) {
					FuzzFindings.fail("submission", i, badSubmission, "one broken submission stopped the grading of"
							+ " the others: " + grade.err, null);
				}
			}
		}, "exercise: a run hung");
	}

	private static void check(Run run, String file, String what, byte[] input) {
		if (run.exitCode != ExitCodes.OK && run.exitCode != ExitCodes.FAILED) {
			FuzzFindings.fail(what, 0, input, "exit code " + run.exitCode + ": " + run.err, null);
		}
		if (run.exitCode == ExitCodes.FAILED && !run.err.contains(file)) {
			FuzzFindings.fail(what, 0, input, "the message does not name " + file + ": " + run.err, null);
		}
		if ((run.err + run.out).matches("(?s).*\\b\\w+(Exception|Error)\\b.*")) {
			FuzzFindings.fail(what, 0, input, "a Java exception reached the user: " + run.err + run.out, null);
		}
	}

	private static Map<String, byte[]> mutateOneEntry(Map<String, byte[]> entries, Mutations mutations, int i) {
		List<String> names = new ArrayList<>(entries.keySet());
		String name = names.get(i % names.size());
		Map<String, byte[]> copy = new TreeMap<>(entries);
		copy.put(name, mutations.mutate(entries.get(name)));
		return copy;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private record Run(int exitCode, String out, String err) {
	}
}

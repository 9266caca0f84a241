package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * Every format we write, we read back: the sample corpus with two annotators (quotes linked to speakers, proposals
 * with points, a discontinuous claim, a suggestion, notes, every attribute kind, and a document with Korean, Chinese
 * and an emoji) is exported, imported into an empty corpus, and exported again; the second export is the first one,
 * byte for byte, except for the moments of export and import. What a format cannot hold is lost in the first export
 * already, so this checks that the import keeps everything the format says.
 */
class RoundTripTest {
	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void exportImportExportGivesTheSameExport(ExportFormat format) throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("original"), "News");
		Path first = dir.resolve("first" + suffix(format));
		Exporter.export(DatasetSource.of(original, ExportOptions.all()), format, first, ExportProgress.NONE);

		// W3C annotations point at their documents and carry no texts: the documents must be in the corpus
		Corpus copy = format == ExportFormat.W3C ? TestCorpus.create(dir.resolve("copy"), "News")
				: Corpus.create(dir.resolve("copy"), "News", Schema.defaultSchema());
		assertEquals(format.key(), AnnotationImporter.detect(first).key(),
				"the export is recognised, folders of brat and UIMA files too (as the Import wizard does)");
		ImportReport report = AnnotationImporter.importFile(first, ImportOptions.defaults(), copy,
				ExportProgress.NONE);
		assertEquals(format == ExportFormat.W3C ? 0 : TestCorpus.documents().size(), report.created().size(),
				format + ": " + report.summary());
		assertEquals(original.annotators(), copy.annotators(), format + ": every annotator comes back");

		Path second = dir.resolve("second" + suffix(format));
		Exporter.export(DatasetSource.of(copy, ExportOptions.all()), format, second, ExportProgress.NONE);
		Map<String, String> before = contents(first);
		Map<String, String> after = contents(second);
		assertEquals(before.keySet(), after.keySet(), format + ": the same files");
		assertTrue(before.values().stream().mapToInt(String::length).sum() > 10_000, "something was exported");
		before.forEach((name, text) -> {
			String expected = stable(text);
			String actual = stable(after.get(name));
			assertTrue(expected.equals(actual), () -> format + ": " + name + " differs " + difference(expected, actual));
		});
	}

	/** Where two texts first differ, with some text around it from each. */
	private static String difference(String expected, String actual) {
		int at = 0;
		while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
			at++;
		}
		int from = Math.max(0, at - 80);
		return "at " + at + ":\n first:  " + expected.substring(from, Math.min(expected.length(), at + 120))
				+ "\n second: " + actual.substring(from, Math.min(actual.length(), at + 120));
	}

	private static String suffix(ExportFormat format) {
		return switch (format) {
		case NATIVE, W3C, LABEL_STUDIO -> ".json";
		case JSONL, DOCCANO -> ".jsonl";
		case REFI_QDA -> ".qdpx";
		case BRAT, UIMA_JSON -> "";
		};
	}

	/** The text of each file of an export (a file, a folder of files, or the entries of a zip), by name. */
	private static Map<String, String> contents(Path export) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (Files.isDirectory(export)) {
			try (Stream<Path> all = Files.walk(export)) {
				for (Path file : all.filter(Files::isRegularFile).toList()) {
					files.put(export.relativize(file).toString(), Files.readString(file));
				}
			}
		} else if (export.toString().endsWith(".qdpx")) {
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(export))) {
				for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
					files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		} else {
			files.put(export.getFileName().toString().replace("second", "first"), Files.readString(export));
		}
		return files;
	}

	/** The export without the moments it was made and the documents were imported, which differ by design. */
	private static String stable(String text) {
		return text.replaceAll("\"(exported|importedAt|exportedAt)\"\\s*:\\s*\"[^\"]*\"", "\"$1\": \"-\"")
				.replaceAll("\"(importer|source)\"\\s*:\\s*\"[^\"]*\"", "\"$1\": \"-\"")
				.replaceAll("(CreationDateTime|creationDateTime)=\"[^\"]*\"", "$1=\"-\"");
	}
}

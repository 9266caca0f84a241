package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported fail with a specific problem and a message naming the file and the problem. */
class BadInputTest {
	private final ArticleImporter importer = new ArticleImporter();

	private ImportException failure(Path file) {
		return assertThrows(ImportException.class, () -> importer.importFile(file));
	}

	private static void assertNamesFile(ImportException e, Path file) {
		assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
		assertEquals(file.toString(), e.source());
	}

	@Test
	void emptyFileIsRefusedAsEmpty() {
		Path file = Fixtures.path("bad/empty.html");
		ImportException e = failure(file);
		assertEquals(ImportProblem.EMPTY, e.problem());
		assertNamesFile(e, file);
		assertTrue(e.getMessage().contains("empty"));
	}

	@Test
	void whitespaceOnlyFileIsRefusedAsEmpty() {
		ImportException e = failure(Fixtures.path("bad/whitespace-only.txt"));
		assertEquals(ImportProblem.EMPTY, e.problem());
	}

	@Test
	void imageSavedWithHtmlExtensionIsRefusedAsBinaryImage() {
		ImportException e = failure(Fixtures.path("bad/image-saved-as.html"));
		assertEquals(ImportProblem.BINARY, e.problem());
		assertTrue(e.getMessage().contains("image"), e.getMessage());
	}

	@Test
	void damagedPdfIsRefusedSayingItIsAPdf() {
		ImportException e = failure(Fixtures.path("bad/report.pdf.txt"));
		assertEquals(ImportProblem.UNREADABLE, e.problem());
		assertTrue(e.getMessage().contains("PDF"), e.getMessage());
	}

	@Test
	void randomBytesAreRefusedAsBinary() {
		ImportException e = failure(Fixtures.path("bad/random-binary.txt"));
		assertEquals(ImportProblem.BINARY, e.problem());
		assertTrue(e.getMessage().contains("binary"), e.getMessage());
	}

	@Test
	void textWithNulBytesIsRefusedAsBinary() throws Exception {
		byte[] bytes = "Some words\u0000\u0000\u0000 and more\u0000 words\u0000 here \u0000\u0000\u0000\u0000\u0000"
				.repeat(20).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		ImportException e = assertThrows(ImportException.class, () -> importer.importBytes(bytes, "notes.txt"));
		assertEquals(ImportProblem.BINARY, e.problem());
		assertTrue(e.getMessage().startsWith("notes.txt: "), e.getMessage());
	}

	@Test
	void pageWithOnlyNavigationAndScriptsHasNoText() {
		ImportException e = failure(Fixtures.path("bad/nav-only-page.html"));
		assertEquals(ImportProblem.NO_TEXT, e.problem());
		assertTrue(e.getMessage().contains("no article text"), e.getMessage());
	}

	@Test
	void fileOverFiftyMegabytesIsRefusedBeforeReadingAndTheMessageStatesTheLimit(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("huge.html");
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(51L * 1024 * 1024); // sparse: no disk space used
		}
		ImportException e = failure(file);
		assertEquals(ImportProblem.TOO_LARGE, e.problem());
		assertTrue(e.getMessage().contains("51.0 MB") && e.getMessage().contains("50.0 MB"), e.getMessage());
	}

	@Test
	void configuredSizeLimitApplies(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("article.txt");
		Files.writeString(file, "A headline\n\nA paragraph of text that is longer than the limit.");
		ImportException e = assertThrows(ImportException.class,
				() -> new ArticleImporter(ImportOptions.defaults().withMaxBytes(10)).importFile(file));
		assertEquals(ImportProblem.TOO_LARGE, e.problem());
	}

	@Test
	void missingFileIsUnreadable(@TempDir Path dir) {
		Path file = dir.resolve("gone.html");
		ImportException e = failure(file);
		assertEquals(ImportProblem.UNREADABLE, e.problem());
		assertNamesFile(e, file);
	}

	@Test
	void directoryIsUnreadableAsAFile(@TempDir Path dir) {
		ImportException e = failure(dir);
		assertEquals(ImportProblem.UNREADABLE, e.problem());
		assertTrue(e.getMessage().contains("directory"));
	}

	@Test
	void textInAnEncodingTheUserGotWrongIsRefusedAsUndecodable() {
		byte[] bytes = new byte[4000];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (0xC0 + i % 30); // lead bytes without continuation: invalid UTF-8 throughout
		}
		ImportException e = assertThrows(ImportException.class,
				() -> new ArticleImporter(ImportOptions.defaults().withEncoding(java.nio.charset.StandardCharsets.UTF_8))
						.importBytes(bytes, "latin.txt"));
		assertEquals(ImportProblem.UNDECODABLE, e.problem());
	}
}

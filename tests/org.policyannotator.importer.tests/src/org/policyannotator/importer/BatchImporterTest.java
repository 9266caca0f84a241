package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing folders: recursion, file filter, failures that do not stop the batch, duplicates. */
class BatchImporterTest {

	private static Path copy(String fixture, Path target) throws Exception {
		Files.createDirectories(target.getParent());
		return Files.copy(Fixtures.path(fixture), target);
	}

	@Test
	void folderIsImportedRecursivelyInNameOrderSkippingUnsupportedAndHiddenFiles(@TempDir Path dir) throws Exception {
		copy("html/wire-service-article.html", dir.resolve("a-wire.html"));
		copy("text/xinhua-commentary-utf8.txt", dir.resolve("sub/b-xinhua.txt"));
		copy("text/proposals-with-front-matter.md", dir.resolve("sub/deeper/c-proposals.md"));
		Files.writeString(dir.resolve("sub/notes.docx"), "not imported");
		copy("html/blog-nested-divs.html", dir.resolve(".cache/d-blog.html"));
		List<BatchOutcome> outcomes = new BatchImporter().importAll(List.of(dir));
		assertEquals(List.of(dir.resolve("a-wire.html"), dir.resolve("sub/b-xinhua.txt"),
				dir.resolve("sub/deeper/c-proposals.md")), outcomes.stream().map(BatchOutcome::path).toList());
		assertTrue(outcomes.stream().allMatch(o -> o instanceof BatchOutcome.Imported));
	}

	@Test
	void badFilesFailOneByOneAndTheRestOfTheBatchIsImported(@TempDir Path dir) throws Exception {
		copy("bad/empty.html", dir.resolve("1-empty.html"));
		copy("html/korean-news-euc-kr.html", dir.resolve("2-korean.html"));
		copy("bad/random-binary.txt", dir.resolve("3-binary.txt"));
		copy("html/chinese-portal-gbk.html", dir.resolve("4-chinese.html"));
		Path missing = dir.resolve("5-missing.html");
		List<BatchOutcome> outcomes = new BatchImporter().importAll(List.of(dir, missing));
		assertEquals(5, outcomes.size());
		assertEquals(ImportProblem.EMPTY, assertInstanceOf(BatchOutcome.Failed.class, outcomes.get(0)).error().problem());
		assertInstanceOf(BatchOutcome.Imported.class, outcomes.get(1));
		assertEquals(ImportProblem.BINARY, assertInstanceOf(BatchOutcome.Failed.class, outcomes.get(2)).error().problem());
		assertInstanceOf(BatchOutcome.Imported.class, outcomes.get(3));
		BatchOutcome.Failed gone = assertInstanceOf(BatchOutcome.Failed.class, outcomes.get(4));
		assertTrue(gone.error().getMessage().contains("5-missing.html"));
	}

	@Test
	void sameTextInTwoFilesIsReportedAsDuplicateOfTheFirst(@TempDir Path dir) throws Exception {
		Path first = copy("text/seminar-report-crlf.txt", dir.resolve("a.txt"));
		Path other = copy("text/xinhua-commentary-utf8.txt", dir.resolve("b.txt"));
		Path second = copy("text/seminar-report-utf16le-bom.txt", dir.resolve("c.txt"));
		List<BatchOutcome> outcomes = new BatchImporter().importAll(List.of(dir));
		BatchOutcome.Imported a = assertInstanceOf(BatchOutcome.Imported.class, outcomes.get(0));
		BatchOutcome.Imported b = assertInstanceOf(BatchOutcome.Imported.class, outcomes.get(1));
		BatchOutcome.Imported c = assertInstanceOf(BatchOutcome.Imported.class, outcomes.get(2));
		assertEquals(first, a.path());
		assertFalse(a.isDuplicate());
		assertEquals(other, b.path());
		assertFalse(b.isDuplicate());
		assertEquals(second, c.path());
		assertEquals(Optional.of(first), c.duplicateOf());
	}

	@Test
	void customFilterSelectsWhichFilesOfAFolderAreImported(@TempDir Path dir) throws Exception {
		copy("html/wire-service-article.html", dir.resolve("a.html"));
		copy("text/xinhua-commentary-utf8.txt", dir.resolve("b.txt"));
		BatchImporter htmlOnly = new BatchImporter(new ArticleImporter(), p -> p.toString().endsWith(".html"));
		assertEquals(List.of(dir.resolve("a.html")), htmlOnly.files(List.of(dir)));
	}

	@Test
	void outcomesAreStreamedToTheSinkAsEachFileIsDone(@TempDir Path dir) throws Exception {
		copy("html/wire-service-article.html", dir.resolve("a.html"));
		copy("bad/empty.html", dir.resolve("b.html"));
		java.util.List<String> seen = new java.util.ArrayList<>();
		new BatchImporter().importAll(List.of(dir), o -> seen.add(o.path().getFileName() + ":" + o.getClass().getSimpleName()));
		assertEquals(List.of("a.html:Imported", "b.html:Failed"), seen);
	}
}

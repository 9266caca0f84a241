package org.policyannotator.importer.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.importer.ArticleImporter;

/**
 * The extraction gold set ({@code gold/}: news and government pages in the styles of many sites, with the text,
 * title and date a reader takes from them) meets the targets, and the scores count what they say.
 */
class ExtractionEvaluationTest {

	@Test
	void goldSetOfManySiteStylesMeetsTheTargets() throws Exception {
		ExtractionEvaluation.Result r = ExtractionEvaluation.evaluate(GoldReader.read(Path.of("gold").toAbsolutePath()),
				new ArticleImporter());
		assertTrue(r.pages().size() >= 25, "gold pages: " + r.pages().size());
		String report = String.format("must-contain %.3f, leaked %.3f, F1 %.3f, titles %.3f, dates %.3f", r.mustContain(),
				r.leaked(), r.tokenF1(), r.titles(), r.dates());
		assertTrue(r.mustContain() >= 0.95, report);
		assertTrue(r.leaked() <= 0.05, report);
		assertTrue(r.tokenF1() >= 0.95, report);
		assertTrue(r.titles() >= 0.95, report);
		assertTrue(r.dates() >= 0.90, report);
	}

	@Test
	void scoresCountFoundParagraphsLeakedSnippetsTitleAndDate(@TempDir Path dir) throws Exception {
		String html = "<html><head><title>Harbour fees rise | Bay Post</title>"
				+ "<meta property=\"article:published_time\" content=\"2024-02-03T08:00:00Z\"></head><body>"
				+ "<nav><a href=\"/\">Home</a> <a href=\"/n\">News</a></nav><article><h1>Harbour fees rise</h1>"
				+ "<p>The harbour board raised mooring fees by a tenth on Monday to pay for repairs to the old pier.</p>"
				+ "<p>Fishermen said the rise would cost each boat about four hundred euros a year.</p></article></body></html>";
		Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
		GoldPage gold = new GoldPage(dir.resolve("page.html"), Optional.of("Harbour fees rise"), Optional.of("2024-02-04"),
				List.of("The harbour board raised mooring fees by a tenth on Monday to pay for repairs to the old pier.",
						"A paragraph the page does not have at all, so it cannot be found."),
				List.of("Home News", "Fishermen said"));
		PageScore s = ExtractionEvaluation.score(gold, new ArticleImporter().importFile(gold.page()));
		assertEquals(1, s.found().size());
		assertEquals(List.of("A paragraph the page does not have at all, so it cannot be found."), s.missing());
		assertEquals(List.of("Fishermen said"), s.leaked());
		assertEquals(Optional.of(true), s.titleRight());
		assertEquals(Optional.of(false), s.dateRight());
		assertTrue(s.tokenF1() > 0.3 && s.tokenF1() < 0.9, "F1 " + s.tokenF1());
	}

	@Test
	void badGoldFileIsRefusedNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("a.html"), "<p>x</p>");
		Files.writeString(dir.resolve("a.gold.json"), "{\"title\":\"T\",\"date\":\"22.05.2020\",\"paragraphs\":[\"x\"]}");
		GoldException e = assertThrows(GoldException.class, () -> GoldReader.read(dir));
		assertTrue(e.getMessage().contains("a.gold.json") && e.getMessage().contains("yyyy-mm-dd"), e.getMessage());
		Files.writeString(dir.resolve("a.gold.json"), "{\"title\":\"T\",\"paragraphs\":[");
		e = assertThrows(GoldException.class, () -> GoldReader.read(dir));
		assertTrue(e.getMessage().contains("a.gold.json") && e.getMessage().contains("not valid JSON"), e.getMessage());
		Files.delete(dir.resolve("a.html"));
		e = assertThrows(GoldException.class, () -> GoldReader.read(dir));
		assertTrue(e.getMessage().contains("a.html is missing"), e.getMessage());
	}
}

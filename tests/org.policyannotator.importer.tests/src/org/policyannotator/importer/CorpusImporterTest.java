package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

class CorpusImporterTest {
	private static final String PAGE = """
			<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
			<title>Seoul and Beijing agree on trade talks | Example News</title>
			<meta property="og:title" content="Seoul and Beijing agree on trade talks">
			<meta property="article:published_time" content="2025-11-05T10:54:00+08:00">
			<link rel="canonical" href="https://news.example.org/2025/11/05/trade-talks"></head>
			<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
			<article><h1>Seoul and Beijing agree on trade talks</h1>
			<p>South Korea and China agreed on Monday to resume talks on the second phase of their free trade agreement.</p>
			<p>Bilateral trade rose 4.5 percent year-on-year to 320 billion dollars, the ministry said.</p></article>
			<footer>Copyright Example News</footer></body></html>
			""";

	@TempDir
	Path temp;

	private Corpus corpus() throws Exception {
		return Corpus.create(temp.resolve("corpus"), "Test", Schema.defaultSchema());
	}

	private Path write(String name, String content) throws Exception {
		Path file = temp.resolve("in").resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aFolderOfPagesBecomesDocumentsWithTitleDateUrlAndProvenance() throws Exception {
		Corpus corpus = corpus();
		write("trade-talks.html", PAGE);
		write("notes/readme.txt", "Minutes of the meeting\n\nBoth sides met in Seoul.\n");

		CorpusImporter.Summary summary = new CorpusImporter(corpus, ImportOptions.defaults(), false)
				.importAll(List.of(temp.resolve("in")), outcome -> { }, () -> false);

		assertEquals(2, summary.added().size(), summary.toString());
		Document page = corpus.loadDocument("trade-talks");
		assertEquals("Seoul and Beijing agree on trade talks", page.title());
		assertEquals("https://news.example.org/2025/11/05/trade-talks", page.sourceUrl());
		assertEquals("2025-11-05", page.published().orElseThrow().toString());
		assertTrue(page.text().contains("Bilateral trade rose 4.5 percent"));
		assertFalse(page.text().contains("Copyright Example News"), "the footer is not article text");
		assertTrue(page.provenance().importer().contains("rule"), page.provenance().importer());
		assertTrue(page.hashMatches());
	}

	@Test
	void aTextAlreadyInTheCorpusIsSkippedUnlessDuplicatesAreKept() throws Exception {
		Corpus corpus = corpus();
		write("a.html", PAGE);
		new CorpusImporter(corpus, ImportOptions.defaults(), false).importAll(List.of(temp.resolve("in")), o -> { },
				() -> false);
		write("copy-of-a.html", PAGE);

		CorpusImporter.Summary again = new CorpusImporter(corpus, ImportOptions.defaults(), false)
				.importAll(List.of(temp.resolve("in/copy-of-a.html")), o -> { }, () -> false);
		assertEquals(1, again.duplicates().size());
		assertEquals("a", again.duplicates().get(0).existing());
		assertEquals(1, corpus.documentIds().size());

		CorpusImporter.Summary kept = new CorpusImporter(corpus, ImportOptions.defaults(), true)
				.importAll(List.of(temp.resolve("in/copy-of-a.html")), o -> { }, () -> false);
		assertEquals(1, kept.added().size());
		assertEquals(2, corpus.documentIds().size());
	}

	@Test
	void aBadFileIsReportedWithItsReasonAndTheOthersAreStillImported() throws Exception {
		Corpus corpus = corpus();
		write("1-empty.html", "");
		write("2-good.html", PAGE);
		Files.write(temp.resolve("in/3-binary.txt"), new byte[] { 0, 1, 2, 3, (byte) 0xff, 0, 0, 7 });

		List<CorpusImporter.Outcome> seen = new ArrayList<>();
		CorpusImporter.Summary summary = new CorpusImporter(corpus, ImportOptions.defaults(), false)
				.importAll(List.of(temp.resolve("in")), seen::add, () -> false);

		assertEquals(3, seen.size(), "progress is told about every file");
		assertEquals(2, summary.failed().size());
		assertEquals("1-empty.html", summary.failed().get(0).file().getFileName().toString());
		assertFalse(summary.failed().get(0).reason().isBlank());
		assertEquals(List.of("2-good"), corpus.documentIds());
		try (Stream<Path> files = Files.list(temp.resolve("corpus/documents"))) {
			assertEquals(1, files.count(), "no half-written document for the failed files");
		}
	}

	@Test
	void cancellingStopsBeforeTheNextFileAndKeepsWhatWasDone() throws Exception {
		Corpus corpus = corpus();
		write("a.html", PAGE);
		write("b.txt", "Another text about the Seoul forum.\n");
		int[] asked = { 0 };
		List<CorpusImporter.Outcome> told = new java.util.ArrayList<>();

		// the user presses Cancel while the first file is being imported: asked before each file, true the second time
		CorpusImporter.Summary summary = new CorpusImporter(corpus, ImportOptions.defaults(), false)
				.importAll(List.of(temp.resolve("in")), told::add, () -> asked[0]++ >= 1);

		assertTrue(summary.cancelled());
		assertEquals(1, corpus.documentIds().size());
		assertEquals(1, told.size(), "the file done before the cancel is reported, once it is on disk");
	}

	@Test
	void manyPagesSavedAsSourceHtmlGetDistinctReadableIdsFromTheirTitles() throws Exception {
		Corpus corpus = corpus();
		List<String> titles = List.of("Seoul and Beijing agree on trade talks", "Ministers meet on fisheries quotas",
				"Port fees to rise in spring", "Seoul and Beijing agree on trade talks");
		for (int i = 0; i < titles.size(); i++) {
			String page = PAGE.replace("Seoul and Beijing agree on trade talks", titles.get(i))
					.replace("on Monday", "on day " + i);
			write("site-" + i + "/source.html", page);
		}
		write("site-9/index.html", PAGE.replace("on Monday", "on Friday"));
		write("site-9/eu-summit.html", PAGE.replace("on Monday", "on Sunday"));
		CorpusImporter.Summary summary = new CorpusImporter(corpus, ImportOptions.defaults(), false)
				.importAll(List.of(temp.resolve("in")), o -> { }, () -> false);
		assertEquals(List.of("seoul-and-beijing-agree-on-trade-talks", "ministers-meet-on-fisheries-quotas",
				"port-fees-to-rise-in-spring", "seoul-and-beijing-agree-on-trade-talks-2", "eu-summit",
				"seoul-and-beijing-agree-on-trade-talks-3"),
				summary.added().stream().map(a -> a.documentId()).toList());
	}

	@Test
	void titlesAndFileNamesInAnyScriptGiveReadableLatinIds() {
		java.util.Optional<String> day = java.util.Optional.of("2025-04-08T20:35");
		assertEquals("2025-nian-4-yue-8-ri-wai-jiao-bu-fa-yan-ren-zhu-chi-li-xing", DocumentIdChoice.choose("source.html",
				java.util.Optional.of("2025年4月8日外交部发言人主持例行记者会"), day, java.util.Set.of()));
		assertEquals("hanjung-gwangyeui-milae", DocumentIdChoice.choose("source.html",
				java.util.Optional.of("한중 관계의 미래"), java.util.Optional.empty(), java.util.Set.of()));
		assertEquals("nippon-seifu-arata-na-keizai-taisaku-o-happyou", DocumentIdChoice.choose("index.html",
				java.util.Optional.of("日本政府、新たな経済対策を発表"), day, java.util.Set.of()));
		assertEquals("rossia-i-kitaj-podpisali-soglasenie", DocumentIdChoice.choose("source.html",
				java.util.Optional.of("Россия и Китай подписали соглашение"), day, java.util.Set.of()));
		assertEquals("zhong-mei-mao-yi-tan-pan", DocumentIdChoice.choose("C:\\data\\中美贸易谈判.html",
				java.util.Optional.of("Trade talks"), day, java.util.Set.of()));
		assertEquals("fuel-tax-cut", DocumentIdChoice.choose("source.html", java.util.Optional.of("Fuel tax cut"),
				day, java.util.Set.of()));
	}

	@Test
	void japaneseTitlesGetTheirJapaneseReadingNotThePinyinOfTheirKanji() {
		java.util.Optional<String> day = java.util.Optional.of("2025-06-03");
		assertEquals("kishida-shushou-wa-toukyou-de-kisha-kaiken-o-hirai-ta", DocumentIdChoice.choose("source.html",
				java.util.Optional.of("岸田首相は東京で記者会見を開いた"), day, java.util.Set.of()));
		assertEquals("korona-taisaku-de-arata-na-kyuufu-kin", DocumentIdChoice.choose("source.html",
				java.util.Optional.of("コロナ対策で新たな給付金"), day, java.util.Set.of()));
		// all in kanji: Japanese by the page's language, Chinese (pinyin) without it
		assertEquals("gaimu-daijin-kaiken-kiroku", DocumentIdChoice.choose("source.html",
				java.util.Optional.of("外務大臣会見記録"), day, java.util.Optional.of("ja"), java.util.Set.of()));
		assertEquals("wai-wu-da-chen-hui-jian-ji-lu", DocumentIdChoice.choose("source.html",
				java.util.Optional.of("外務大臣会見記録"), day, java.util.Optional.of("zh-CN"), java.util.Set.of()));
		assertEquals("nippon-no-boueki-seisaku", DocumentIdChoice.choose("日本の貿易政策.html",
				java.util.Optional.empty(), day, java.util.Set.of()));
	}

	@Test
	void aTitleWithNothingToSpellGivesItsDateAndAHash() {
		String id = DocumentIdChoice.choose("source.html", java.util.Optional.of("\uD83D\uDE00\uD83C\uDF89"),
				java.util.Optional.of("2025-04-08"), java.util.Set.of());
		assertTrue(id.matches("2025-04-08-[0-9a-f]{8}"), id);
	}

	@Test
	void pagesInOtherScriptsAllSavedAsSourceHtmlGetDistinctStableReadableIds() throws Exception {
		List<String> titles = List.of("国务院关于推进贸易高质量发展的意见", "한중 외교장관 회담 개최", "外務大臣会見記録",
				"Η Ελλάδα και η ΕΕ συμφωνούν", "国务院关于推进贸易高质量发展的意见");
		for (int i = 0; i < titles.size(); i++) {
			write("site-" + i + "/source.html", PAGE.replace("Seoul and Beijing agree on trade talks", titles.get(i))
					.replace("on Monday", "on day " + i));
		}
		List<String> ids = new CorpusImporter(corpus(), ImportOptions.defaults(), false)
				.importAll(List.of(temp.resolve("in")), o -> { }, () -> false).added().stream().map(a -> a.documentId())
				.toList();
		assertEquals(List.of("guo-wu-yuan-guan-yu-tui-jin-mao-yi-gao-zhi-liang-fa-zhan-de", "hanjung-oegyojang-gwan-hoedam-gaechoe",
				"wai-wu-da-chen-hui-jian-ji-lu", "e-ellada-kai-e-ee-symphonoun",
				"guo-wu-yuan-guan-yu-tui-jin-mao-yi-gao-zhi-liang-fa-zhan-de-2"), ids);
		ids.forEach(id -> assertTrue(org.policyannotator.model.DocumentIds.isValid(id), id));
	}

	@Test
	void aFileNameThatSaysSomethingKeepsGivingTheIdAndATakenOneGivesWayToTheTitle() throws Exception {
		assertEquals("trade-talks", DocumentIdChoice.choose("trade-talks.html",
				java.util.Optional.of("Seoul and Beijing agree"), java.util.Set.of()));
		assertEquals("seoul-and-beijing-agree", DocumentIdChoice.choose("trade-talks.html",
				java.util.Optional.of("Seoul and Beijing agree"), java.util.Set.of("trade-talks")));
		assertEquals("source", DocumentIdChoice.choose("source.html", java.util.Optional.empty(), java.util.Set.of()));
		for (String generic : List.of("source", "index-2", "article", "page_3", "12345", "5f2b9c0e7d1a4b3c9e8f")) {
			assertTrue(DocumentIdChoice.isGeneric(generic), generic);
		}
		for (String telling : List.of("eu-china-summit", "sources-of-growth", "report-on-tariffs", "g20")) {
			assertFalse(DocumentIdChoice.isGeneric(telling), telling);
		}
	}

	@Test
	void aPageWhoseCharsetDidNotMatchItsDeclarationIsImportedWithAWarningInTheSummary() throws Exception {
		Corpus corpus = corpus();
		Path in = temp.resolve("in");
		Files.createDirectories(in);
		Files.copy(Fixtures.path("html/french-declared-utf8-but-windows-1252.html"), in.resolve("fr.html"));
		write("ok.html", PAGE);
		CorpusImporter.Summary summary = new CorpusImporter(corpus, ImportOptions.defaults(), false)
				.importAll(List.of(in), o -> { }, () -> false);
		assertEquals(2, summary.added().size());
		CorpusImporter.Outcome.Added fr = summary.added().stream().filter(a -> a.documentId().equals("fr"))
				.findFirst().orElseThrow();
		assertEquals(1, fr.warnings().size(), fr.warnings().toString());
		assertTrue(fr.warnings().get(0).toLowerCase().contains("utf-8"), fr.warnings().toString());
		assertEquals(List.of(), summary.added().stream().filter(a -> a.documentId().equals("ok")).findFirst()
				.orElseThrow().warnings());
	}

	@Test
	void bylineAndSiteNameOfAPageAreKeptWithTheDocument() throws Exception {
		Corpus corpus = corpus();
		write("talks.html", PAGE.replace("<link rel=\"canonical\"",
				"<meta name=\"author\" content=\"Kim Min-ji\"><meta property=\"og:site_name\" content=\"Example News\">"
						+ "<link rel=\"canonical\""));
		new CorpusImporter(corpus, ImportOptions.defaults(), false).importAll(List.of(temp.resolve("in")), o -> { },
				() -> false);
		Document document = Corpus.open(corpus.directory()).loadDocument("talks");
		assertEquals("Kim Min-ji", document.details().byline());
		assertEquals("Example News", document.details().siteName());
		assertFalse(document.hasPages());
	}
}

package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code extract <file> [--json] [--encoding X]}. */
class ExtractCommandTest {
	private static final String PAGE = """
			<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
			<title>Ministers agree trade framework | Bench Wire</title>
			<meta property="og:site_name" content="Bench Wire">
			<meta property="article:published_time" content="2025-10-15T09:30:00+09:00">
			<link rel="canonical" href="https://wire.example/trade-framework">
			<script>var secret = "script text";</script></head>
			<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
			<article><h1>Ministers agree trade framework</h1>
			<p class="byline">By Jane Roe</p>
			<p>SEOUL (Bench Wire) - Trade ministers from 11 economies agreed on Tuesday to recognise each other's electronic certificates of origin by the end of 2026.</p>
			<p>The framework is expected to cut paperwork for around 40,000 small exporters, officials said.</p>
			<div class="share"><a href="#">Share on Facebook</a></div>
			</article><footer>&copy; Bench Wire</footer></body></html>
			""";

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), directory);
		return new ExtractCommand().run(List.of(args), context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsTheCleanArticleTextWithParagraphsSeparatedByBlankLines() throws Exception {
		Files.writeString(directory.resolve("page.html"), PAGE);
		assertEquals(ExitCodes.OK, run("page.html"));
		String text = out();
		assertTrue(text.contains("Ministers agree trade framework\n\nSEOUL (Bench Wire) - Trade ministers"), text);
		assertTrue(text.contains("end of 2026.\n\nThe framework is expected"), text);
		assertFalse(text.contains("Home"), text);
		assertFalse(text.contains("Share on Facebook"), text);
		assertFalse(text.contains("script text"), text);
		assertFalse(text.contains("By Jane Roe"), text);
	}

	@Test
	void jsonHasTheTextAndEveryMetadataField() throws Exception {
		Files.writeString(directory.resolve("page.html"), PAGE);
		assertEquals(ExitCodes.OK, run("page.html", "--json"));
		JsonNode json = new ObjectMapper().readTree(out());
		assertTrue(json.get("text").asText().startsWith("Ministers agree trade framework\n\nSEOUL"));
		assertEquals("Ministers agree trade framework", json.get("title").asText());
		assertEquals("Jane Roe", json.get("byline").asText());
		assertEquals("2025-10-15T09:30:00+09:00", json.get("published").asText());
		assertEquals("https://wire.example/trade-framework", json.get("canonicalUrl").asText());
		assertEquals("Bench Wire", json.get("siteName").asText());
		assertEquals("en", json.get("language").asText());
		assertEquals("article-element", json.get("extractionRule").asText());
		assertEquals("UTF-8", json.get("charset").asText());
		assertTrue(json.get("sha256").asText().matches("[0-9a-f]{64}"));
	}

	@Test
	void jsonGivesNullForMetadataThePageDoesNotHave() throws Exception {
		Files.writeString(directory.resolve("note.txt"), "A short note\n\nThe committee meets again on Friday to vote on the proposal.");
		assertEquals(ExitCodes.OK, run("--json", "note.txt"));
		JsonNode json = new ObjectMapper().readTree(out());
		assertEquals("A short note", json.get("title").asText());
		assertTrue(json.get("byline").isNull());
		assertTrue(json.get("canonicalUrl").isNull());
		assertEquals("plain-text", json.get("extractionRule").asText());
	}

	@Test
	void encodingOptionDecodesALegacyEncodedFile() throws Exception {
		Files.write(directory.resolve("kr.txt"), "한중 정상회담\n\n두 정상은 협력 방안을 논의했다.".getBytes(Charset.forName("EUC-KR")));
		assertEquals(ExitCodes.OK, run("kr.txt", "--encoding", "EUC-KR"));
		assertEquals("한중 정상회담\n\n두 정상은 협력 방안을 논의했다.\n", out());
	}

	@Test
	void unknownEncodingIsBadUsage() {
		UsageException e = assertThrows(UsageException.class, () -> run("page.html", "--encoding", "no-such-charset"));
		assertTrue(e.getMessage().contains("no-such-charset"));
	}

	@Test
	void missingOrExtraFileArgumentIsBadUsage() {
		assertThrows(UsageException.class, () -> run());
		assertThrows(UsageException.class, () -> run("a.html", "b.html"));
		assertThrows(UsageException.class, () -> run("a.html", "--verbose"));
	}

	@Test
	void fileThatCannotBeImportedFailsWithExitOneAndAMessageNamingFileAndProblem() throws Exception {
		Files.write(directory.resolve("empty.html"), new byte[0]);
		assertEquals(ExitCodes.FAILED, run("empty.html"));
		assertTrue(err().contains("empty.html") && err().contains("empty"), err());
		assertEquals("", out());
	}

	@Test
	void missingFileFailsWithExitOne() throws Exception {
		assertEquals(ExitCodes.FAILED, run("nowhere.html"));
		assertTrue(err().contains("nowhere.html") && err().contains("no such file"), err());
	}
}

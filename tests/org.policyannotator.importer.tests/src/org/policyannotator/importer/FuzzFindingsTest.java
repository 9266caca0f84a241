package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Inputs that {@link ImportFuzzTest} found breaking the import, kept as regression tests. */
class FuzzFindingsTest {
	private final ArticleImporter importer = new ArticleImporter();

	private static String prose(String topic) {
		return ("Officials from both countries met to discuss " + topic + " and agreed on further talks next year, "
				+ "according to a statement released after the meeting in the capital. ").repeat(3);
	}

	/** The article's class name is not a valid CSS identifier; it was turned into a selector, which threw. */
	@Test
	void aClassNameThatIsNoCssIdentifierDoesNotBreakTheImport() throws ImportException {
		String section = "<div class=\"c(apter-text x\"><p>%s</p><p>%s</p></div>";
		String html = "<html><head><title>Talks</title></head><body><main><section><div>"
				+ section.formatted(prose("trade"), prose("tariffs")) + "</div></section><section><div>"
				+ section.formatted(prose("visas"), prose("tourism")) + "</div></section></main></body></html>";
		ImportResult result = importer.importBytes(html.getBytes(StandardCharsets.UTF_8), "page.html");
		assertTrue(result.text().contains("discuss trade"), result.text());
	}

	/** Each "[" of a long run made the link pattern scan the rest of the line: minutes for a 200 KB line. */
	@Test
	void aLongRunOfBracketsInMarkdownIsImportedPromptly() {
		String markdown = "# Notes\n\nA paragraph " + "[".repeat(200_000) + " ends here.\n";
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			ImportResult result = importer.importBytes(markdown.getBytes(StandardCharsets.UTF_8), "notes.md");
			assertTrue(result.text().contains("ends here"));
		});
	}
}

package org.policyannotator.importer.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Note marks of a web page read as the PDF import reads them: a raised number that links to a note of the page
 * ({@code <sup><a href="#fn1">1</a></sup>}) becomes {@code [1]} instead of running into the word before it
 * ("elements.1 They"), the note it points to starts with the same {@code [1]}, and the note's link back to the text
 * ("↩") leaves.
 */
final class NoteMarks {
	private static final Pattern NUMBER = Pattern.compile("\\[?(\\d{1,3}|[a-z])\\]?");
	private static final Set<String> BACK_LINKS = Set.of("↩", "↩︎", "↑", "^", "⤴", "back", "return to text");

	private NoteMarks() {
	}

	/** Rewrites the note marks and notes inside {@code container}. */
	static void mark(Element container) {
		if (container.getElementsByTag("sup").isEmpty()) {
			withoutBackLinks(container); // notes whose marks are in another container of the article
			return;
		}
		Map<String, String> notes = new HashMap<>(); // note id -> its number
		for (Element sup : container.getElementsByTag("sup")) {
			Element link = sup.selectFirst("a[href^=#]");
			String text = sup.text().strip();
			var m = NUMBER.matcher(text);
			if (link == null || !m.matches() || link.attr("href").length() < 2) {
				continue; // "<a href=#>" points to no note
			}
			notes.put(link.attr("href").substring(1), m.group(1));
			sup.replaceWith(new TextNode("[" + m.group(1) + "]"));
		}
		for (Map.Entry<String, String> note : notes.entrySet()) {
			Element target = container.getElementById(note.getKey());
			if (target == null) {
				continue;
			}
			for (Element a : target.select("a[href^=#]")) {
				if (BACK_LINKS.contains(a.text().strip().toLowerCase(java.util.Locale.ROOT))) {
					a.remove();
				}
			}
			target.prependText("[" + note.getValue() + "] ");
		}
	}

	/** Without the links from notes back to the text ("↩"), which are no words of the note. */
	private static void withoutBackLinks(Element container) {
		for (Element a : container.select("a[href^=#]")) {
			if (BACK_LINKS.contains(a.text().strip().toLowerCase(java.util.Locale.ROOT))) {
				a.remove();
			}
		}
	}
}

package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.text.Sentences;

/**
 * The items of a list announced by a line that ends with a colon ("The package includes:"), one line each: how a web
 * page's list items arrive in the text, without their bullets. Only as many lines as the proposal declares are taken,
 * and only lines that read as items (not headings ending in a colon themselves, not a line longer than a paragraph).
 */
final class ListedLines {
	private static final Pattern MARK = Pattern.compile("^\\s*(?:[-•*–·▪●]|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)])\\s+");
	private static final int LONGEST = 600;

	private ListedLines() {
	}

	/** The {@code declared} lines after sentence {@code i} when it ends its line with a colon, else nothing. */
	static List<int[]> after(String text, Sentences sentences, int i, int declared) {
		int end = sentences.end(i);
		if (declared < 2 || end == 0 || text.charAt(end - 1) != ':' || end < text.length() && text.charAt(end) != '\n'
				&& text.charAt(end) != '\r') {
			return List.of();
		}
		List<int[]> items = new ArrayList<>();
		int at = end;
		while (items.size() < declared) {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
			if (at >= text.length()) {
				return List.of();
			}
			int lineEnd = text.indexOf('\n', at);
			lineEnd = lineEnd < 0 ? text.length() : lineEnd;
			String line = text.substring(at, lineEnd).strip();
			if (line.length() > LONGEST || line.endsWith(":")) {
				return List.of();
			}
			Matcher mark = MARK.matcher(text.substring(at, lineEnd));
			int s = at + (mark.find() ? mark.end() : 0);
			items.add(PointSeries.trimmed(text, s, lineEnd));
			at = lineEnd;
		}
		return items;
	}
}

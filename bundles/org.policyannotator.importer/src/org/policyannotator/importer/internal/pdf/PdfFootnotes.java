package org.policyannotator.importer.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the footnotes of a page: the lines below the last line of body text that are set smaller than the body,
 * the first of them starting with a note mark (a number, {@code *}, {@code †}, {@code ‡} or {@code §}).
 */
final class PdfFootnotes {
	static final Pattern MARK = Pattern.compile("^(\\d{1,3}|[*†‡§])[.)]?\\s*(?=\\S)");

	/**
	 * One page split into its body and its footnote lines.
	 *
	 * @param body  the lines of running text, in reading order
	 * @param notes the footnote lines, top to bottom
	 */
	record Split(List<PdfLine> body, List<PdfLine> notes) {
	}

	private PdfFootnotes() {
	}

	/** Splits a page's lines, given the font size of the document's body text. */
	static Split split(List<PdfLine> page, float bodySize) {
		float lastBody = -1;
		for (PdfLine line : page) {
			if (!small(line, bodySize)) {
				lastBody = Math.max(lastBody, line.y());
			}
		}
		List<PdfLine> notes = new ArrayList<>();
		List<PdfLine> body = new ArrayList<>();
		for (PdfLine line : page) {
			(small(line, bodySize) && line.y() > lastBody ? notes : body).add(line);
		}
		notes.sort((a, b) -> Float.compare(a.y(), b.y()));
		if (notes.isEmpty() || !MARK.matcher(notes.get(0).text()).find()) {
			return new Split(page, List.of());
		}
		return new Split(body, notes);
	}

	/** The mark a footnote line starts with, or null when it continues the note above. */
	static String mark(String line) {
		Matcher m = MARK.matcher(line);
		return m.find() ? m.group(1) : null;
	}

	/** The text of a footnote line after its mark. */
	static String afterMark(String line) {
		Matcher m = MARK.matcher(line);
		return m.find() ? line.substring(m.end()) : line;
	}

	private static boolean small(PdfLine line, float bodySize) {
		return line.fontSize() <= bodySize * 0.88f;
	}
}

package org.policyannotator.importer.internal.pdf;

import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a run of characters as PDFBox hands it over: note marks set small and raised after a word
 * ({@code step.¹}) become {@code [1]}, so that they neither stick to the word nor pass for part of a number; a jump
 * back to the left inside a line (a page number written before the header text that stands left of it) becomes a
 * word break.
 */
final class PdfRuns {
	private static final String MARKS = "*†‡§";

	private PdfRuns() {
	}

	/**
	 * The text of a run.
	 *
	 * @param text      the run's text as PDFBox reads it
	 * @param positions its characters
	 * @param before    the last character before the run on the same line, or null at the start of a line
	 */
	static String read(String text, List<TextPosition> positions, TextPosition before) {
		StringBuilder out = new StringBuilder(text.length() + 4);
		TextPosition previous = before;
		TextPosition base = before;
		boolean inMark = false;
		int at = 0;
		for (TextPosition p : positions) {
			String chunk = chunk(text, at, p);
			if (chunk == null) {
				return text;
			}
			at += chunk.length();
			if (previous != null && p.getXDirAdj() < previous.getXDirAdj() - 2 * p.getFontSizeInPt()) {
				out.append(' ');
				base = null;
			}
			boolean mark = base != null && isMark(chunk) && raisedAndSmall(p, base);
			if (mark != inMark) {
				out.append(mark ? '[' : ']');
			}
			inMark = mark;
			out.append(chunk);
			base = mark ? base : p;
			previous = p;
		}
		if (at != text.length()) {
			return text;
		}
		return inMark ? out.append(']').toString() : out.toString();
	}

	/**
	 * The part of a run's text that a character gave: its Unicode value, a ligature spelled out ({@code ﬁ} as
	 * {@code fi}); null when the text does not go on with it (PDFBox reordered or dropped something).
	 */
	private static String chunk(String text, int at, TextPosition p) {
		String unicode = p.getUnicode();
		if (unicode == null || unicode.isEmpty()) {
			return null;
		}
		if (text.startsWith(unicode, at)) {
			return unicode;
		}
		String spelled = Normalizer.normalize(unicode, Normalizer.Form.NFKC);
		return text.startsWith(spelled, at) ? spelled : null;
	}

	/** Whether a character is set at least two ems to the right of where the one before it ends. */
	static boolean farApart(TextPosition previous, TextPosition next) {
		float gap = next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
		return gap >= 2 * Math.max(previous.getFontSizeInPt(), next.getFontSizeInPt());
	}

	private static boolean isMark(String chunk) {
		return chunk.length() == 1 && (Character.isDigit(chunk.charAt(0)) || MARKS.indexOf(chunk.charAt(0)) >= 0);
	}

	/** Smaller than the character it follows and with its baseline clearly above that one's. */
	private static boolean raisedAndSmall(TextPosition p, TextPosition base) {
		float size = base.getFontSizeInPt();
		return p.getFontSizeInPt() <= size * 0.8f && base.getYDirAdj() - p.getYDirAdj() >= size * 0.2f;
	}
}

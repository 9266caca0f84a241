package org.policyannotator.importer.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.policyannotator.importer.BlockKind;

/**
 * Rebuilds paragraphs from lines: a paragraph ends where the space between two lines is clearly wider than the
 * usual line spacing, where the font size changes (headings), where a line that ends a sentence stops well short
 * of its column's right edge, where the next line is indented (but not the second line of a bulleted item), where a
 * bulleted item starts, after an entry of a table of contents, or around a table row (words set apart in columns,
 * which stays a line of its own). Lines are joined with a space; a word hyphenated
 * at the end of a line is joined without its hyphen. An entry of a table of contents keeps its words without the dot
 * leader and the page number ("4.2 Process ........ 8" gives "4.2 Process"): the page numbers are those of the print,
 * which the text does not have, while the entries show how the paper is laid out.
 */
final class PdfParagraphs {
	private final float bodySize;
	private final float spacing;
	private final List<Paragraph> paragraphs = new ArrayList<>();
	private StringBuilder current;
	private PdfLine previous;
	private List<PdfLine> previousPage = List.of();

	/**
	 * A paragraph of the rebuilt text.
	 *
	 * @param text the text
	 * @param kind heading or paragraph
	 * @param page the page it starts on, from 0
	 */
	record Paragraph(String text, BlockKind kind, int page) {
	}

	/**
	 * Where a page's first line landed.
	 *
	 * @param page      the page, from 0
	 * @param paragraph the index of the paragraph that line is in
	 * @param offset    the line's start inside that paragraph's text
	 */
	record PageMark(int page, int paragraph, int offset) {
	}

	private final List<PageMark> marks = new ArrayList<>();

	private final java.util.Set<String> compounds;

	private PdfParagraphs(float bodySize, float spacing, java.util.Set<String> compounds) {
		this.bodySize = bodySize;
		this.spacing = spacing;
		this.compounds = compounds;
	}

	/** The paragraphs of the body lines of every page, in reading order, and where each page starts in them. */
	static PdfParagraphs build(List<List<PdfLine>> pages, float bodySize) {
		PdfParagraphs builder = new PdfParagraphs(bodySize, usualSpacing(pages, bodySize), compounds(pages));
		for (List<PdfLine> page : pages) {
			for (PdfLine line : page) {
				builder.add(line, page);
			}
			builder.previousPage = page;
		}
		builder.end();
		return builder;
	}

	/** The paragraphs, in reading order. */
	List<Paragraph> paragraphs() {
		return paragraphs;
	}

	/** For every page with text, where its first line is. */
	List<PageMark> pageMarks() {
		return marks;
	}

	private void add(PdfLine line, List<PdfLine> page) {
		if (previous == null || startsParagraph(line, page)) {
			end();
			current = new StringBuilder(line.text());
			currentPage = line.page();
			currentKind = line.fontSize() > bodySize + 0.9f ? BlockKind.HEADING : BlockKind.PARAGRAPH;
		} else {
			join(current, line.text(), compounds);
		}
		if (previous == null || previous.page() != line.page()) {
			marks.add(new PageMark(line.page(), paragraphs.size(), current.length() - line.text().length()));
		}
		previous = line;
	}

	private void end() {
		if (current != null) {
			String text = current.toString();
			java.util.regex.Matcher toc = TOC_ENTRY.matcher(text);
			if (toc.find() && toc.start() > 0) {
				text = text.substring(0, toc.start()).stripTrailing(); // "4.2 Process": the leader and page number leave
				clampMarks(text.length());
			}
			paragraphs.add(new Paragraph(text, currentKind, currentPage));
		}
		current = null;
	}

	/** Keeps the marks of pages that start in the paragraph being ended inside its (shortened) text. */
	private void clampMarks(int length) {
		for (int i = 0; i < marks.size(); i++) {
			PageMark m = marks.get(i);
			if (m.paragraph() == paragraphs.size() && m.offset() > length) {
				marks.set(i, new PageMark(m.page(), m.paragraph(), length));
			}
		}
	}

	private int currentPage;
	private BlockKind currentKind;

	private boolean startsParagraph(PdfLine line, List<PdfLine> page) {
		if (Math.abs(line.fontSize() - previous.fontSize()) > 0.9f || line.tabular() || previous.tabular()) {
			return true;
		}
		boolean sameColumn = line.page() == previous.page() && line.y() > previous.y();
		if (sameColumn && line.y() - previous.y() > spacing * 1.45f * line.fontSize() / bodySize) {
			return true;
		}
		List<PdfLine> previousLines = line.page() == previous.page() ? page : previousPage;
		if (mayEndParagraph(previous.text())
				&& previous.right() + firstWordWidth(line.text(), previous) < columnRight(previous, previousLines)) {
			return true;
		}
		if (!sameColumn && endsSentence(previous.text()) && startsSentence(line.text())) {
			return true;
		}
		if (isListItem(line.text()) || TOC_ENTRY.matcher(previous.text()).find()) {
			return true; // the next item of a list; the entry after an entry of a table of contents
		}
		return sameColumn && line.x() > previous.x() + 0.8f * line.fontSize()
				&& line.x() < previous.x() + 6 * line.fontSize()
				&& !(isListItem(previous.text()) && !endsSentence(previous.text())); // an item's second line is indented
	}

	/** An entry of a table of contents: dot leaders and a page number ("4.1 Introduction ........ 8"). */
	private static final java.util.regex.Pattern TOC_ENTRY = java.util.regex.Pattern.compile(
			"\\s*((\\.\\s?){4,}|…{2,}|(·\\s?){4,})\\s*(\\d{1,4}|[ivxlc]{1,7})$");

	/** A line that starts with a bullet: "•", "▪", "◦", "■", "●", a dash or the private-use bullets of Symbol fonts. */
	private static boolean isListItem(String text) {
		return text.length() > 2 && "•▪◦■●–\u00AD\uF0B7\uF0A7\uF0D8".indexOf(text.charAt(0)) >= 0
				&& Character.isWhitespace(text.charAt(1));
	}

	/** How wide the first word of a line (and a space) would be set in the font of another line: roughly. */
	private static float firstWordWidth(String text, PdfLine in) {
		int space = text.indexOf(' ');
		int chars = (space < 0 ? text.length() : space) + 1;
		return chars * in.width() / in.text().length() + in.fontSize() * 0.5f;
	}

	private static float columnRight(PdfLine line, List<PdfLine> page) {
		float right = line.right();
		for (PdfLine other : page) {
			if (other.x() < line.right() && other.right() > line.x() && other.fontSize() == line.fontSize()) {
				right = Math.max(right, other.right());
			}
		}
		return right;
	}

	private static boolean endsSentence(String text) {
		return ".!?\"”。！？".indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	private static boolean startsSentence(String text) {
		char first = text.charAt(0);
		return Character.isUpperCase(first) || Character.isDigit(first) || "(“\"[•–-".indexOf(first) >= 0;
	}

	private static boolean mayEndParagraph(String text) {
		char last = text.charAt(text.length() - 1);
		return last != '-' && last != ',' && last != '\u00AD';
	}

	/**
	 * Appends a line to a paragraph: joins a word hyphenated at the line end (without its hyphen, unless the
	 * document writes that word with a hyphen inside a line, as in "medium-sized"), else puts a space between.
	 */
	static void join(StringBuilder paragraph, String line, java.util.Set<String> compounds) {
		int n = paragraph.length();
		char last = paragraph.charAt(n - 1);
		char next = line.charAt(0);
		if ((last == '-' || last == '\u00AD') && n >= 2 && Character.isLetter(paragraph.charAt(n - 2))) {
			boolean keep = last == '-' && (!Character.isLowerCase(next)
					|| compounds.contains(lastWord(paragraph) + firstWord(line)));
			if (!keep) {
				paragraph.setLength(n - 1);
			}
			paragraph.append(line);
		} else if (cjk(last) && cjk(next)) {
			paragraph.append(line);
		} else {
			paragraph.append(' ').append(line);
		}
	}

	private static String lastWord(CharSequence text) {
		int i = text.length();
		while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return text.subSequence(i, text.length()).toString();
	}

	private static String firstWord(String text) {
		int i = 0;
		while (i < text.length() && Character.isLetter(text.charAt(i))) {
			i++;
		}
		return text.substring(0, i);
	}

	/** The hyphenated words written inside lines (not at their ends), e.g. {@code "medium-sized"}. */
	private static java.util.Set<String> compounds(List<List<PdfLine>> pages) {
		java.util.Set<String> words = new java.util.HashSet<>();
		java.util.regex.Matcher m = COMPOUND.matcher("");
		for (List<PdfLine> page : pages) {
			for (PdfLine line : page) {
				m.reset(line.text());
				while (m.find()) {
					words.add(m.group());
				}
			}
		}
		return words;
	}

	private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("\\p{L}+-\\p{L}+");

	private static boolean cjk(char c) {
		Character.UnicodeScript s = Character.UnicodeScript.of(c);
		return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
				|| s == Character.UnicodeScript.KATAKANA || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
	}

	/**
	 * The usual distance between the baselines of consecutive lines inside a paragraph: the lower quartile of the
	 * distances (short paragraphs make the wider gaps between paragraphs almost as frequent as line spacing).
	 */
	private static float usualSpacing(List<List<PdfLine>> pages, float bodySize) {
		List<Float> gaps = new ArrayList<>();
		for (List<PdfLine> page : pages) {
			for (int i = 1; i < page.size(); i++) {
				float gap = page.get(i).y() - page.get(i - 1).y();
				if (gap > 0 && gap < 3 * bodySize && Math.abs(page.get(i).fontSize() - bodySize) < 0.6f) {
					gaps.add(gap);
				}
			}
		}
		if (gaps.isEmpty()) {
			return bodySize * 1.2f;
		}
		float[] sorted = new float[gaps.size()];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = gaps.get(i);
		}
		Arrays.sort(sorted);
		return sorted[sorted.length / 4];
	}
}

package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.policyannotator.importer.BlockKind;

/**
 * A PDF shown as HTML by a converter such as pdf2htmlEX: one {@code <div class="pf">} per page holding one
 * {@code <div class="t">} per printed line. Read like the PDF it was: lines joined into paragraphs (a line that ends a
 * sentence well short of the page's longest line ends its paragraph; a word hyphenated at a line end is joined), a line
 * in another font size than the body's stands as a heading of its own, and running headers and footers (the same
 * first or last line on several pages, numbers aside) and page numbers leave.
 */
final class PdfViewerPages {
	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page|p\\.|seite|página|page)?\\s*\\d{1,4}(\\s*(/|of|von|de)\\s*\\d{1,4})?$");
	private static final Pattern FONT_SIZE = Pattern.compile("^fs[0-9a-f]+$");
	private static final double SHORT_LINE = 0.85;

	private record Line(String text, String size) {
	}

	private PdfViewerPages() {
	}

	/** The paragraphs of the pages under {@code body}, or empty when it is no converted PDF. */
	static Optional<List<Block>> paragraphs(Element body) {
		List<List<Line>> pages = new ArrayList<>();
		for (Element page : body.select("div.pf")) {
			List<Line> lines = new ArrayList<>();
			for (Element t : page.select("div.t")) {
				String text = TextNormalizer.collapse(t.text());
				if (!text.isEmpty()) {
					lines.add(new Line(text, fontSize(t)));
				}
			}
			pages.add(lines);
		}
		if (pages.stream().allMatch(List::isEmpty)) {
			return Optional.empty();
		}
		List<List<Line>> bodies = withoutFurniture(pages);
		String bodySize = bodySize(bodies);
		List<Block> blocks = new ArrayList<>();
		for (List<Line> page : bodies) {
			addParagraphs(page, bodySize, blocks);
		}
		return Optional.of(blocks);
	}

	private static String fontSize(Element line) {
		return line.classNames().stream().filter(c -> FONT_SIZE.matcher(c).matches()).findFirst().orElse("");
	}

	/** Without page numbers and the first or last lines that recur (numbers aside) on two pages or more. */
	private static List<List<Line>> withoutFurniture(List<List<Line>> pages) {
		Map<String, Integer> edges = new HashMap<>();
		for (List<Line> page : pages) {
			if (!page.isEmpty()) {
				edges.merge(key(page.get(0)), 1, Integer::sum);
				if (page.size() > 1) {
					edges.merge(key(page.get(page.size() - 1)), 1, Integer::sum);
				}
			}
		}
		List<List<Line>> out = new ArrayList<>();
		for (List<Line> page : pages) {
			List<Line> kept = new ArrayList<>();
			for (int i = 0; i < page.size(); i++) {
				Line line = page.get(i);
				boolean edge = i == 0 || i == page.size() - 1;
				boolean running = edge && pages.size() > 1 && edges.getOrDefault(key(line), 0) >= 2;
				if (!running && !PAGE_NUMBER.matcher(line.text()).matches()) {
					kept.add(line);
				}
			}
			out.add(kept);
		}
		return out;
	}

	private static String key(Line line) {
		return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
	}

	/** The font size class that most characters are set in. */
	private static String bodySize(List<List<Line>> pages) {
		Map<String, Integer> chars = new HashMap<>();
		pages.forEach(p -> p.forEach(l -> chars.merge(l.size(), l.text().length(), Integer::sum)));
		return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
	}

	private static void addParagraphs(List<Line> page, String bodySize, List<Block> blocks) {
		int longest = page.stream().filter(l -> l.size().equals(bodySize)).mapToInt(l -> l.text().length()).max()
				.orElse(0);
		StringBuilder paragraph = new StringBuilder();
		for (Line line : page) {
			if (!line.size().equals(bodySize)) {
				flush(paragraph, blocks);
				boolean heading = line.text().length() <= 120 && !line.text().matches(".*[.,;]$");
				blocks.add(new Block(line.text(), heading ? BlockKind.HEADING : BlockKind.PARAGRAPH, false));
				continue;
			}
			join(paragraph, line.text());
			if (line.text().matches(".*[.!?:。！？\"”)]$") && line.text().length() < longest * SHORT_LINE) {
				flush(paragraph, blocks);
			}
		}
		flush(paragraph, blocks);
	}

	private static void join(StringBuilder paragraph, String line) {
		int n = paragraph.length();
		if (n == 0) {
			paragraph.append(line);
		} else if (n > 1 && paragraph.charAt(n - 1) == '-' && Character.isLetter(paragraph.charAt(n - 2))
				&& Character.isLowerCase(line.codePointAt(0))) {
			paragraph.setLength(n - 1); // "re-" + "gional": a word hyphenated at the end of the line
			paragraph.append(line);
		} else {
			paragraph.append(' ').append(line);
		}
	}

	private static void flush(StringBuilder paragraph, List<Block> blocks) {
		if (!paragraph.isEmpty()) {
			blocks.add(new Block(paragraph.toString(), BlockKind.PARAGRAPH, false));
			paragraph.setLength(0);
		}
	}
}

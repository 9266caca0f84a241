package org.policyannotator.importer.internal.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates what is printed on every page from the text: running headers and footers (a line in the top or bottom
 * margin, set apart from the text by a wide gap, that recurs, its numbers aside, on many pages, or a header that carries
 * the page's number, as "12 | Annual Report" does on page 12, or on page 14 of a report with two unnumbered cover
 * pages; a footer is not taken for one by its number, since footnotes start with numbers too)
 * and page numbers ("12", "- 12 -", "Page 3 of 9", "iv") in the same place.
 */
final class PdfFurniture {
	/** The share of the page height at its top and at its bottom where headers and footers sit. */
	private static final float MARGIN = 0.12f;
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"(?i)^[-–—\\s]*((page|p\\.|seite|pagina|página)\\s*)?(\\d{1,4}|[ivxlc]{1,7})(\\s*(/|of|von|de|sur)\\s*\\d{1,4})?[-–—\\s]*$");
	private static final Pattern DIGITS = Pattern.compile("\\d+");
	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,4})(?![\\p{L}\\d/-]|[.,]\\d)");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s|·•–—/:.,-]+");

	private PdfFurniture() {
	}

	/** Whether a line is a page number. */
	static boolean isPageNumber(String text) {
		return PAGE_NUMBER.matcher(text).matches();
	}

	/** The lines of each page without headers, footers and page numbers. */
	static List<List<PdfLine>> remove(List<List<PdfLine>> pages, List<Float> heights, float bodySize) {
		Map<String, Integer> pagesWith = new HashMap<>();
		List<Set<PdfLine>> margins = new ArrayList<>();
		for (List<PdfLine> page : pages) {
			Set<PdfLine> margin = page.isEmpty() ? Set.of() : marginLines(page, heights.get(page.get(0).page()), bodySize);
			margins.add(margin);
			Set<String> keys = new HashSet<>();
			for (PdfLine line : margin) {
				keys.add(key(line.text()));
			}
			keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
		}
		int needed = Math.max(2, (int) Math.ceil(pages.size() * 0.4));
		OptionalInt offset = pageNumberOffset(margins, heights, needed);
		List<List<PdfLine>> kept = new ArrayList<>(pages.size());
		for (int p = 0; p < pages.size(); p++) {
			List<PdfLine> body = new ArrayList<>(pages.get(p).size());
			for (PdfLine line : pages.get(p)) {
				boolean margin = margins.get(p).contains(line);
				boolean furniture = margin && (isPageNumber(line.text())
						|| pagesWith.getOrDefault(key(line.text()), 0) >= needed
						|| offset.isPresent() && header(line, heights) && numbers(line.text()).contains(p + 1 + offset.getAsInt()));
				if (!furniture) {
					body.add(line);
				}
			}
			kept.add(body);
		}
		return kept;
	}

	/**
	 * The lines at the top and at the bottom of a page that lie in its margins and are set apart from the text by a
	 * gap of more than two lines of body text.
	 */
	private static Set<PdfLine> marginLines(List<PdfLine> page, float height, float bodySize) {
		List<PdfLine> byY = new ArrayList<>(page);
		byY.sort((a, b) -> Float.compare(a.y(), b.y()));
		Set<PdfLine> margin = new HashSet<>();
		int n = byY.size();
		int top = 0;
		while (top < n && byY.get(top).y() < height * MARGIN) {
			top++;
		}
		for (int b = top - 1; b >= 0; b--) {
			if (b + 1 >= n || byY.get(b + 1).y() - byY.get(b).y() > 2 * bodySize) {
				margin.addAll(byY.subList(0, b + 1));
				break;
			}
		}
		int bottom = n - 1;
		while (bottom >= 0 && byY.get(bottom).y() > height * (1 - MARGIN)) {
			bottom--;
		}
		for (int b = bottom + 1; b < n; b++) {
			if (b == 0 || byY.get(b).y() - byY.get(b - 1).y() > 2 * bodySize) {
				margin.addAll(byY.subList(b, n));
				break;
			}
		}
		return margin;
	}

	/**
	 * How far the numbers printed in page margins run ahead of the pages' positions in the file (0 when page 3 says
	 * 3): the difference that most pages' margin lines agree on, if enough pages do; else none.
	 */
	private static OptionalInt pageNumberOffset(List<Set<PdfLine>> margins, List<Float> heights, int needed) {
		Map<Integer, Integer> pagesWithOffset = new HashMap<>();
		for (Set<PdfLine> margin : margins) {
			Set<Integer> offsets = new HashSet<>();
			for (PdfLine line : margin) {
				for (int n : header(line, heights) ? numbers(line.text()) : Set.<Integer>of()) {
					offsets.add(n - 1 - line.page());
				}
			}
			offsets.forEach(o -> pagesWithOffset.merge(o, 1, Integer::sum));
		}
		return pagesWithOffset.entrySet().stream().filter(e -> e.getValue() >= needed)
				.max(Map.Entry.comparingByValue()).map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
	}

	private static boolean header(PdfLine line, List<Float> heights) {
		return line.y() < heights.get(line.page()) / 2;
	}

	/** The numbers standing as words of their own in a line ("3" in "3 | Policy Brief", not "2025-07"). */
	private static Set<Integer> numbers(String text) {
		Set<Integer> numbers = new HashSet<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			numbers.add(Integer.parseInt(m.group(1)));
		}
		return numbers;
	}

	/** A line without its numbers, case and the punctuation around them: what recurs from page to page. */
	private static String key(String text) {
		String letters = DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return SEPARATORS.matcher(letters).replaceAll(" ").strip();
	}
}

package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points enumerated inside one sentence: after "namely", a colon or a verb that introduces a plan's contents ("namely A,
 * B and C", ": A; B; and C", "It calls for A, B and C", ": first,
 * A; second, B"), or marked by their own numbers or letters ("calls for (1) A, (2) B and (3) C"). A list split by
 * semicolons is not split again at "and" inside a point; the ordinal or number of each part is not part of the point.
 */
final class Enumerations {
	/** "Under the plan, A, B, and C.": the clauses of a sentence that opens with the proposal. */
	private static final Pattern UNDER_THE_PLAN = Pattern.compile("(?:Under|In|With) (?:the|this|its|their|his|her) (?:[\\p{L}-]+ )"
			+ "{0,2}(?:plan|proposals?|package|agreement|deal|programme|program|scheme|strategy|reforms?|road ?map"
			+ "|framework|initiative|measures|blueprint|bill|law),\\s+");
	/** "It calls for A, B and C", "The plan includes A, B and C": a verb that introduces what a plan contains. */
	private static final Pattern INTRODUCED = Pattern.compile("\\b(?:calls? for|calling for|includes|including|comprises"
			+ "|comprising|consists of|consisting of|recommends|recommending|proposes|proposing|envisages|urges)\\s+"
			+ "(?=[^,;]{3,},)");
	private static final Pattern NAMELY = Pattern.compile("(?i)(?:\\bnamely|:)\\s+");
	private static final Pattern PART_MARK = Pattern.compile("(?i)^\\s*(?:and\\s+|or\\s+)?[\"“«„']?(?:\\(?\\d{1,2}\\)|\\d{1,2}\\."
			+ "|\\(?[a-h]\\)|\\((?:[ivx]{1,4})\\)|(?:" + MarkerSeries.WORDS + "|finally|lastly)(?:ly)?,?)\\s+");
	private static final Pattern ORDINAL_ONLY = Pattern.compile("(?i)\\s*(?:and\\s+)?[\"“«„']?(?:" + MarkerSeries.WORDS
			+ "|finally|lastly)(?:ly)?\\s*");
	private static final Pattern NUMBERED = Pattern.compile("\\((?<n>\\d{1,2}|[ivx]{1,4}|[a-h])\\)\\s+"
			+ "|(?<=[\\s,;:])(?<m>\\d{1,2}|[ivx]{1,4}|[a-h])\\)\\s+");
	private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

	private Enumerations() {
	}

	/** The points enumerated in the text from {@code start} to {@code end} (one sentence), or nothing. */
	static List<int[]> in(String text, int start, int end) {
		List<int[]> numbered = numbered(text, start, end);
		if (numbered.size() >= 2) {
			return numbered;
		}
		String sentence = text.substring(start, end);
		Matcher m = UNDER_THE_PLAN.matcher(sentence);
		if (!m.lookingAt()) {
			m = NAMELY.matcher(sentence);
			if (!m.find() && !(m = INTRODUCED.matcher(sentence)).find()) {
				return List.of();
			}
		}
		int from = m.end();
		String rest = sentence.substring(from);
		char separator = rest.indexOf(';') >= 0 ? ';' : ',';
		List<int[]> points = new ArrayList<>();
		List<int[]> parts = parts(rest, separator);
		for (int k = 0; k < parts.size(); k++) {
			int partStart = start + from + parts.get(k)[0];
			int partEnd = start + from + parts.get(k)[1];
			Matcher mark = PART_MARK.matcher(text.substring(partStart, partEnd));
			int[] p = PointSeries.trimmed(text, partStart + (mark.find() ? mark.end() : 0), partEnd);
			if (p[1] > p[0]) {
				String body = text.substring(p[0], p[1]);
				int andAt = body.lastIndexOf(" and ");
				boolean openedWithAnd = text.substring(partStart, p[0]).strip().toLowerCase(java.util.Locale.ROOT)
						.endsWith("and");
				if (separator == ',' && k == parts.size() - 1 && k > 0 && andAt > 0 && !openedWithAnd) { // "..., B and C"
					points.add(new int[] { p[0], p[0] + andAt });
					points.add(PointSeries.trimmed(text, p[0] + andAt + 5, p[1]));
				} else {
					points.add(p);
				}
			}
		}
		return points;
	}

	/**
	 * The parts of {@code rest} between separators, as {start, end}: a comma between digits ("60,000") or right after
	 * an ordinal that opens a part ("first, A; second, B") separates nothing.
	 */
	private static List<int[]> parts(String rest, char separator) {
		List<int[]> parts = new ArrayList<>();
		int partStart = 0;
		for (int i = 0; i < rest.length(); i++) {
			if (rest.charAt(i) != separator) {
				continue;
			}
			boolean inNumber = i > 0 && i + 1 < rest.length() && Character.isDigit(rest.charAt(i - 1))
					&& Character.isDigit(rest.charAt(i + 1));
			boolean afterOrdinal = separator == ',' && ORDINAL_ONLY.matcher(rest.substring(partStart, i)).matches();
			if (!inNumber && !afterOrdinal) {
				parts.add(new int[] { partStart, i });
				partStart = i + 1;
			}
		}
		parts.add(new int[] { partStart, rest.length() });
		return parts;
	}

	/** The number of a list mark: digits, a roman numeral (i = 1) or a letter (a = 1), whichever continues the list. */
	private static int number(String mark, int expected) {
		if (Character.isDigit(mark.charAt(0))) {
			return Integer.parseInt(mark);
		}
		if (ROMAN.indexOf(mark) + 1 == expected) {
			return expected;
		}
		return mark.length() == 1 ? mark.charAt(0) - 'a' + 1 : -1;
	}

	/** "(1) A, (2) B and (3) C" or "1) A; 2) B": the parts between numbers that follow each other from 1. */
	private static List<int[]> numbered(String text, int start, int end) {
		Matcher m = NUMBERED.matcher(text).region(start, end);
		List<int[]> marks = new ArrayList<>();
		int expected = 1;
		while (m.find()) {
			int n = number(m.group("n") != null ? m.group("n") : m.group("m"), expected);
			if (n == expected) {
				marks.add(new int[] { m.start(), m.end() });
				expected++;
			}
		}
		List<int[]> points = new ArrayList<>();
		for (int k = 0; k < marks.size(); k++) {
			int to = k + 1 < marks.size() ? marks.get(k + 1)[0] : end;
			points.add(PointSeries.trimmed(text, marks.get(k)[1], to));
		}
		return points;
	}
}

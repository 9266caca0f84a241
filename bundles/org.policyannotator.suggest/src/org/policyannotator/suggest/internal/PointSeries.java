package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import org.policyannotator.model.text.Sentences;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Series of points near a sentence: sentences opening with ordinals in order (First, / Firstly, / Second, ...),
 * lines numbered in order (1. 2) (3)) or bulleted, and enumerations after "namely" or a colon ("namely A, B and C").
 * A point is the text after its marker up to the end of its sentence (or line), without the final full stop.
 */
public final class PointSeries {
	private static final String[] ORDINALS = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth" };
	private static final Pattern ORDINAL = Pattern.compile("^[\"“«„']?\\s*(?:(?<w>First|Second|Third|Fourth|Fifth|Sixth"
			+ "|Seventh|Eighth|Ninth|Tenth)(?:ly)?(?: of all)?|(?<d>\\d{1,2})(?:st|nd|rd|th)?)\\s*[,:.)]\\s+");
	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–·▪●]|\\(?(?<n>\\d{1,2})[.)]"
			+ "|\\((?<l>[a-z]|[ivx]{1,4})\\)|(?<l2>[a-z]|[ivx]{1,4})\\))\\s+");
	private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
	private static final Pattern NAMELY = Pattern.compile("(?i)(?:\\bnamely|:)\\s+");
	private static final Pattern JOINED = Pattern.compile("[;,]\\s*(?:and|or)$");
	/** How far (in sentences) from the declaring sentence a series may start. */
	private static final int REACH = 8;

	private PointSeries() {
	}

	/** Candidate series near sentence {@code at}, nearest first; each point as {start, end}. */
	public static List<List<int[]>> near(String text, Sentences sentences, int at) {
		List<Candidate> candidates = new ArrayList<>();
		int from = Math.max(0, at - REACH);
		int to = Math.min(sentences.count() - 1, at + REACH);
		for (int i = from; i <= to; i++) {
			List<int[]> series = ordinalSeries(text, sentences, i, to);
			if (series.size() >= 2 && (i == 0 || !startsOrdinal(text, sentences, i - 1, 1))) {
				candidates.add(new Candidate(Math.abs(i - at), series));
			}
		}
		List<int[]> enumeration = enumeration(text, sentences.start(at), sentences.end(at));
		if (enumeration.size() >= 2) {
			candidates.add(new Candidate(0, enumeration));
		}
		if (at + 1 < sentences.count() && sentences.paragraph(at + 1) == sentences.paragraph(at)) {
			List<int[]> next = enumeration(text, sentences.start(at + 1), sentences.end(at + 1));
			if (next.size() >= 2) { // "... approved a five-point plan. The plan will: build ...; transfer ...; and give ..."
				candidates.add(new Candidate(1, next));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::distance));
		return candidates.stream().map(Candidate::points).toList();
	}

	private record Candidate(int distance, List<int[]> points) {
	}

	private static List<int[]> ordinalSeries(String text, Sentences sentences, int first, int last) {
		List<int[]> points = new ArrayList<>();
		int expected = 1;
		for (int i = first; i <= last + REACH && i < sentences.count(); i++) {
			int s = sentences.start(i);
			int e = sentences.end(i);
			String sentence = text.substring(s, e);
			Matcher m = ORDINAL.matcher(sentence);
			Matcher b = BULLET.matcher(sentence);
			int number = -1;
			int markerEnd = -1;
			if (m.find()) {
				number = m.group("w") != null ? ordinal(m.group("w")) : Integer.parseInt(m.group("d"));
				markerEnd = m.end();
			} else if (b.find() && text.lastIndexOf('\n', s - 1) == s - 1 - leadingSpace(text, s)) {
				number = bulletNumber(b, expected);
				markerEnd = b.end();
			}
			if (number != expected) {
				if (expected == 1) {
					return List.of();
				}
				break;
			}
			int end = e;
			while (end > s + markerEnd && ".;\"”»".indexOf(text.charAt(end - 1)) >= 0) {
				end--;
			}
			Matcher joined = JOINED.matcher(text.substring(s + markerEnd, end));
			if (joined.find()) { // "(3) faster permits; and" before the last point
				end = s + markerEnd + joined.start();
			}
			points.add(new int[] { s + markerEnd, end });
			expected++;
		}
		return points;
	}

	/** The number of a bullet: its digits, letter (a = 1) or roman numeral (i = 1); any bullet sign is the next. */
	private static int bulletNumber(Matcher b, int expected) {
		if (b.group("n") != null) {
			return Integer.parseInt(b.group("n"));
		}
		String label = b.group("l") != null ? b.group("l") : b.group("l2");
		if (label == null) {
			return expected;
		}
		if (ROMAN.indexOf(label) + 1 == expected) {
			return expected;
		}
		return label.length() == 1 ? label.charAt(0) - 'a' + 1 : -1;
	}

	private static int leadingSpace(String text, int s) {
		int n = 0;
		while (s - 1 - n >= 0 && text.charAt(s - 1 - n) == ' ') {
			n++;
		}
		return n;
	}

	private static boolean startsOrdinal(String text, Sentences sentences, int i, int number) {
		Matcher m = ORDINAL.matcher(text.substring(sentences.start(i), sentences.end(i)));
		return m.find() && m.group("w") != null && ordinal(m.group("w")) == number;
	}

	private static int ordinal(String word) {
		String w = word.toLowerCase(java.util.Locale.ROOT);
		for (int i = 0; i < ORDINALS.length; i++) {
			if (w.startsWith(ORDINALS[i])) {
				return i + 1;
			}
		}
		return -1;
	}

	/** "namely A, B and C" or ": A; B; and C" in one sentence. */
	private static List<int[]> enumeration(String text, int start, int end) {
		String sentence = text.substring(start, end);
		Matcher m = NAMELY.matcher(sentence);
		if (!m.find()) {
			return List.of();
		}
		int from = m.end();
		String rest = sentence.substring(from);
		String separator = rest.contains(";") ? ";" : ",";
		List<int[]> points = new ArrayList<>();
		int at = from;
		String[] parts = rest.split(separator);
		for (int k = 0; k < parts.length; k++) {
			String part = parts[k];
			int offset = at;
			String stripped = part.stripLeading();
			offset += part.length() - stripped.length();
			if (stripped.startsWith("and ")) {
				offset += 4;
				stripped = stripped.substring(4);
			}
			String body = stripped.replaceAll("[.\\s]+$", "");
			if (!body.isEmpty()) {
				int andAt = body.lastIndexOf(" and ");
				if (separator.equals(",") && k == parts.length - 1 && k > 0 && andAt > 0) { // "..., B and C"
					points.add(new int[] { start + offset, start + offset + andAt });
					points.add(new int[] { start + offset + andAt + 5, start + offset + body.length() });
				} else {
					points.add(new int[] { start + offset, start + offset + body.length() });
				}
			}
			at += part.length() + 1;
		}
		return points;
	}
}

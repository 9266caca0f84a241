package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.text.Sentences;

/**
 * Series of sentences that open with markers in order: ordinals (First, / Firstly, / 2nd: / "The second measure
 * would ..."), numbers, letters or roman numerals of a list, or bullets at the start of a line. Sentences without a
 * marker may stand between two points (a point explained in a sentence or two, or a list item of several sentences);
 * "Finally," or "Lastly," may close a series of ordinals as its last point.
 */
final class MarkerSeries {
	private static final String[] ORDINALS = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth" };
	/** The ordinal words of a series, capitalized: "First|Second|...|Tenth". */
	static final String WORDS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth";
	private static final Pattern ORDINAL = Pattern.compile("^[\"“«„']?\\s*(?:(?<w>" + WORDS + ")(?:ly)?(?: of all)?"
			+ "|(?<d>\\d{1,2})(?:st|nd|rd|th)?)\\s*[,:.)]\\s+");
	/** "The first is ...", "The second measure would ...", "Its third pillar calls for ...". */
	private static final Pattern ORDINAL_PHRASE = Pattern.compile("^[\"“«„']?\\s*(?:The|Its|Their|His|Her|A)\\s+"
			+ "(?<w>(?i:" + WORDS + "))\\s+(?:(?:point|measure|proposal|step|pillar|element|plank|priority|part|item"
			+ "|recommendation|demand|principle|proposition|change|reform|one|idea|goal|objective|commitment|action)s?\\s+)?"
			+ "(?=(?:is|was|would|will|calls|aims|seeks|involves|concerns|proposes|includes|focuses|requires|sets"
			+ "|asks|wants|targets|deals|covers|makes|gives|creates)\\b)");
	private static final Pattern LAST = Pattern.compile("^[\"“«„']?\\s*(?:And\\s+)?(?:Finally|Lastly|Last)\\s*[,:]\\s+");
	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–·▪●]|\\(?(?<n>\\d{1,2})[.)]"
			+ "|\\((?<l>[a-z]|[ivx]{1,4})\\)|(?<l2>[a-z]|[ivx]{1,4})\\))\\s+");
	private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
	/** How many sentences without a marker may stand between two points. */
	private static final int GAP = 3;

	private MarkerSeries() {
	}

	/**
	 * The series that start at sentence {@code first} (empty when it opens with no first marker, or continues a
	 * series begun before it): the series itself and, when it ends with "Finally, ...", also the series without that
	 * closing sentence.
	 */
	static List<List<int[]>> startingAt(String text, Sentences sentences, int first, int last) {
		if (marker(text, sentences, first, 1) == null
				|| first > 0 && marker(text, sentences, first - 1, 1) != null && ordinal(text, sentences, first - 1)) {
			return List.of();
		}
		List<int[]> points = new ArrayList<>();
		boolean closed = false;
		int expected = 1;
		int gap = 0;
		boolean bullets = !ordinal(text, sentences, first);
		for (int i = first; i <= last + PointSeries.REACH && i < sentences.count(); i++) {
			int[] point = marker(text, sentences, i, expected);
			if (point == null && expected >= 3 && !bullets) {
				point = closing(text, sentences, i);
				closed = point != null;
			}
			if (point == null) {
				boolean continuation = bullets && sentences.paragraph(i) == sentences.paragraph(i - 1);
				if (!continuation && (bullets || ++gap > GAP || startsOtherMarker(text, sentences, i))) {
					break;
				}
				continue;
			}
			points.add(point);
			expected++;
			gap = 0;
			if (closed) {
				break;
			}
		}
		if (points.size() < 2) {
			return List.of();
		}
		if (closed && points.size() > 2) {
			return List.of(points, points.subList(0, points.size() - 1));
		}
		return List.of(points);
	}

	/** The point of sentence {@code i} when it opens with the marker of number {@code expected}, else null. */
	private static int[] marker(String text, Sentences sentences, int i, int expected) {
		int s = sentences.start(i);
		int e = sentences.end(i);
		String sentence = text.substring(s, e);
		int number = -1;
		int markerEnd = -1;
		Matcher m = ordinalMatcher(sentence);
		Matcher phrase = ORDINAL_PHRASE.matcher(sentence);
		Matcher b = BULLET.matcher(sentence);
		if (m != null) {
			number = m.group("w") != null ? ordinal(m.group("w")) : Integer.parseInt(m.group("d"));
			markerEnd = m.end();
		} else if (phrase.find()) {
			number = ordinal(phrase.group("w"));
			markerEnd = phrase.end();
		} else if (b.find() && atLineStart(text, s)) {
			number = bulletNumber(b, expected);
			markerEnd = b.end();
			int lineEnd = text.indexOf('\n', s);
			e = lineEnd < 0 ? text.length() : lineEnd; // a list item of several sentences is one point
		}
		if (number != expected) {
			return null;
		}
		return PointSeries.trimmed(text, s + markerEnd, e);
	}

	private static int[] closing(String text, Sentences sentences, int i) {
		int s = sentences.start(i);
		Matcher m = LAST.matcher(text.substring(s, sentences.end(i)));
		return m.find() ? PointSeries.trimmed(text, s + m.end(), sentences.end(i)) : null;
	}

	/** Whether sentence {@code i} opens with an ordinal word or phrase (not a bullet or list number). */
	private static boolean ordinal(String text, Sentences sentences, int i) {
		String sentence = text.substring(sentences.start(i), sentences.end(i));
		Matcher m = ordinalMatcher(sentence);
		return m != null && m.group("w") != null || ORDINAL_PHRASE.matcher(sentence).find();
	}

	/**
	 * The ordinal or number that opens the sentence, or that opens what follows its colon ('Wróbel said: "First, we
	 * will ...'): a matcher that found it, or null.
	 */
	private static Matcher ordinalMatcher(String sentence) {
		Matcher m = ORDINAL.matcher(sentence);
		if (m.find()) {
			return m;
		}
		int colon = sentence.indexOf(": ");
		if (colon < 0) {
			return null;
		}
		int after = colon + 1;
		while (after < sentence.length() && sentence.charAt(after) == ' ') {
			after++;
		}
		m.region(after, sentence.length());
		return m.find() && m.group("w") != null ? m : null;
	}

	/** A sentence opening with another first marker starts a series of its own: no gap is bridged across it. */
	private static boolean startsOtherMarker(String text, Sentences sentences, int i) {
		return marker(text, sentences, i, 1) != null;
	}

	private static boolean atLineStart(String text, int s) {
		int k = s - 1;
		while (k >= 0 && text.charAt(k) == ' ') {
			k--;
		}
		return k < 0 || text.charAt(k) == '\n';
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

	private static int ordinal(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		for (int i = 0; i < ORDINALS.length; i++) {
			if (w.startsWith(ORDINALS[i])) {
				return i + 1;
			}
		}
		return -1;
	}
}

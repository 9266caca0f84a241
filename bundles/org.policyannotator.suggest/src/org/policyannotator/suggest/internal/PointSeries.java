package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policyannotator.model.text.Sentences;

/**
 * The series of points that can belong to a proposal declared in a sentence, nearest first: sentences opening with
 * ordinals in order (First, ... Second, ..., with explaining sentences between them allowed; "Finally," as the last),
 * lines numbered in order (1. 2) (3)) or bulleted, the lines of a list announced by a line ending with a colon (a web
 * page's list items arrive as lines without markers), and enumerations inside a sentence after "namely" or a colon or
 * with their own numbers ("(1) A, (2) B and (3) C"). Each point is {start, end}: the text after its marker up to the
 * end of its sentence, line or part, without the final full stop.
 */
public final class PointSeries {
	/** How far (in sentences) from the declaring sentence a series may start. */
	static final int REACH = 8;
	/** How many paragraphs after the declaring one an enumeration inside a sentence may be. */
	private static final int PARAGRAPHS = 2;

	private PointSeries() {
	}

	/**
	 * Candidate series for a proposal of {@code declared} points declared in sentence {@code at}, whose declaration
	 * ends at {@code declarationEnd} (an enumeration in the declaring sentence is looked for after it); nearest first.
	 */
	public static List<List<int[]>> near(String text, Sentences sentences, int at, int declarationEnd, int declared) {
		List<Candidate> candidates = new ArrayList<>();
		int from = Math.max(0, at - REACH);
		int to = Math.min(sentences.count() - 1, at + REACH);
		for (int i = from; i <= to; i++) {
			for (List<int[]> series : MarkerSeries.startingAt(text, sentences, i, to)) {
				candidates.add(new Candidate(Math.abs(i - at), series));
			}
		}
		for (int i = at; i <= to && sentences.paragraph(i) <= sentences.paragraph(at) + PARAGRAPHS; i++) {
			int start = i == at ? Math.max(sentences.start(i), declarationEnd) : sentences.start(i);
			List<int[]> inline = Enumerations.in(text, start, sentences.end(i));
			if (inline.size() >= 2) {
				candidates.add(new Candidate(i - at, inline));
			}
			List<int[]> lines = ListedLines.after(text, sentences, i, declared);
			if (lines.size() >= 2) {
				candidates.add(new Candidate(i - at, lines));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::distance));
		return candidates.stream().map(Candidate::points).toList();
	}

	private record Candidate(int distance, List<int[]> points) {
	}

	/** {start, end} of the text from {@code start} to {@code end} without the white space, "and" or marks at its ends. */
	static int[] trimmed(String text, int start, int end) {
		int s = start;
		int e = end;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		if (text.regionMatches(true, s, "and ", 0, 4) || text.regionMatches(true, s, "or ", 0, 3)) {
			s = text.indexOf(' ', s) + 1;
		}
		boolean trimming = true;
		while (trimming && e > s) {
			trimming = false;
			while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".;,\"”»".indexOf(text.charAt(e - 1)) >= 0)) {
				e--;
				trimming = true;
			}
			for (String tail : new String[] { " and", " or" }) {
				if (e - s > tail.length() && text.regionMatches(true, e - tail.length(), tail, 0, tail.length())) {
					e -= tail.length();
					trimming = true;
				}
			}
		}
		return new int[] { s, e };
	}
}

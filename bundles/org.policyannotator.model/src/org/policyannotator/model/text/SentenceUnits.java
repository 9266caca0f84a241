package org.policyannotator.model.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The units a document is coded in by sentence: the {@linkplain Sentences splitter's} sentences, corrected by hand
 * ({@link UnitEdits}: a sentence joined with the next, a sentence split in two). Each unit runs from its boundary to
 * the next one, trimmed of white space at both ends. Immutable; a correction gives new {@link UnitEdits}, from which
 * new units are made.
 */
public final class SentenceUnits {
	private final String text;
	private final UnitEdits edits;
	private final int[] starts;
	private final int[] ends;

	private SentenceUnits(String text, UnitEdits edits, int[] starts, int[] ends) {
		this.text = text;
		this.edits = edits;
		this.starts = starts;
		this.ends = ends;
	}

	/** The splitter's sentences of {@code text}. */
	public static SentenceUnits of(String text) {
		return of(text, UnitEdits.NONE);
	}

	/**
	 * The splitter's sentences of {@code text} corrected by {@code edits}; boundaries outside the text are ignored.
	 */
	public static SentenceUnits of(String text, UnitEdits edits) {
		Sentences sentences = Sentences.of(text);
		TreeSet<Integer> boundaries = new TreeSet<>();
		for (int i = 0; i < sentences.count(); i++) {
			boundaries.add(sentences.start(i));
		}
		boundaries.removeAll(edits.removed());
		edits.added().stream().filter(b -> b > 0 && b < text.length()).forEach(boundaries::add);
		if (sentences.count() > 0) {
			boundaries.add(sentences.start(0)); // the first sentence always starts a unit
		}
		int[] s = new int[boundaries.size()];
		int[] e = new int[boundaries.size()];
		int n = 0;
		Integer[] ordered = boundaries.toArray(Integer[]::new);
		for (int k = 0; k < ordered.length; k++) {
			int start = ordered[k];
			int end = k + 1 < ordered.length ? ordered[k + 1] : text.length();
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (start < end) {
				s[n] = start;
				e[n] = end;
				n++;
			}
		}
		return new SentenceUnits(text, edits, Arrays.copyOf(s, n), Arrays.copyOf(e, n));
	}

	/** The corrections these units were made with. */
	public UnitEdits edits() {
		return edits;
	}

	/** Number of units. */
	public int count() {
		return starts.length;
	}

	/** Start of unit {@code i}. */
	public int start(int i) {
		return starts[i];
	}

	/** End of unit {@code i} (after its final punctuation). */
	public int end(int i) {
		return ends[i];
	}

	/** The text of unit {@code i}. */
	public String text(int i) {
		return text.substring(starts[i], ends[i]);
	}

	/** The unit containing {@code offset} (the previous one between two, the first before it); -1 if there are none. */
	public int indexAt(int offset) {
		if (starts.length == 0) {
			return -1;
		}
		int i = Arrays.binarySearch(starts, offset);
		return i >= 0 ? i : Math.max(0, -i - 2);
	}

	/** The edits that join unit {@code i} with the next one; empty for the last unit. */
	public Optional<UnitEdits> joinWithNext(int i) {
		if (i < 0 || i + 1 >= starts.length) {
			return Optional.empty();
		}
		return Optional.of(edits.withoutBoundary(starts[i + 1]));
	}

	/**
	 * The edits that split the unit containing {@code offset} there: before the word {@code offset} falls in, or
	 * before the next word when it falls on white space. Empty if that is the unit's start or beyond its end (nothing
	 * to split).
	 */
	public Optional<UnitEdits> splitAt(int offset) {
		int i = indexAt(offset);
		if (i < 0) {
			return Optional.empty();
		}
		int at = Math.min(Math.max(offset, 0), text.length());
		if (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		} else {
			while (at > starts[i] && !Character.isWhitespace(text.charAt(at - 1))) {
				at--;
			}
		}
		if (at <= starts[i] || at >= ends[i]) {
			return Optional.empty();
		}
		return Optional.of(edits.withBoundary(at));
	}
}

package org.policyannotator.export.importing;

import java.util.Arrays;

/**
 * A text as our text import leaves it: line ends as {@code \n}, no white space at the end of a line, none before
 * the first or after the last visible character. Remembers where each character came from, so that offsets into
 * one version of a text can be carried to another version that normalises to the same string.
 */
final class NormalizedText {
	private final String text;
	private final int[] origin;

	private NormalizedText(String text, int[] origin) {
		this.text = text;
		this.origin = origin;
	}

	/** Normalises {@code original}. */
	static NormalizedText of(String original) {
		StringBuilder out = new StringBuilder(original.length());
		int[] origin = new int[original.length()];
		int pendingFrom = -1;
		for (int i = 0; i < original.length(); i++) {
			char c = original.charAt(i);
			if (c == '\r' && i + 1 < original.length() && original.charAt(i + 1) == '\n') {
				continue;
			}
			if (c == '\r' || c == '\n') {
				pendingFrom = -1;
				if (out.length() > 0) {
					origin[out.length()] = i;
					out.append('\n');
				}
				continue;
			}
			if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\f') {
				if (pendingFrom < 0) {
					pendingFrom = i;
				}
				continue;
			}
			if (pendingFrom >= 0 && out.length() > 0) {
				for (int j = pendingFrom; j < i; j++) {
					origin[out.length()] = j;
					out.append(original.charAt(j));
				}
			}
			pendingFrom = -1;
			origin[out.length()] = i;
			out.append(c);
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == '\n') {
			end--;
		}
		out.setLength(end);
		return new NormalizedText(out.toString(), Arrays.copyOf(origin, end));
	}

	/** The normalised text. */
	String text() {
		return text;
	}

	/** The normalised offset of an offset into the original text (the first kept character at or after it). */
	int fromOriginal(int offset) {
		int found = Arrays.binarySearch(origin, offset);
		return found >= 0 ? found : -found - 1;
	}

	/** The start in the original text of the normalised character at {@code index}. */
	int startInOriginal(int index) {
		return index < origin.length ? origin[index] : origin.length == 0 ? 0 : origin[origin.length - 1] + 1;
	}

	/** The end in the original text of the normalised characters before {@code index}. */
	int endInOriginal(int index) {
		return index == 0 ? 0 : origin[index - 1] + 1;
	}
}

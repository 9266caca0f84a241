package org.policyannotator.ui.editor;

import java.text.BreakIterator;

/** Word-wise moves of a span's edges, by the text's word boundaries (works for any script). */
final class WordBoundaries {

	private WordBoundaries() {
	}

	/** The start of the word before {@code offset} (skipping white space and punctuation). */
	static int previousWordStart(String text, int offset) {
		BreakIterator words = words(text);
		int boundary = offset;
		while (true) {
			boundary = words.preceding(boundary);
			if (boundary == BreakIterator.DONE) {
				return 0;
			}
			if (boundary < text.length() && Character.isLetterOrDigit(text.codePointAt(boundary))) {
				return boundary;
			}
		}
	}

	/** The end of the word after {@code offset}. */
	static int nextWordEnd(String text, int offset) {
		BreakIterator words = words(text);
		int boundary = offset;
		while (true) {
			boundary = words.following(boundary);
			if (boundary == BreakIterator.DONE) {
				return text.length();
			}
			if (boundary > 0 && Character.isLetterOrDigit(text.codePointBefore(boundary))) {
				return boundary;
			}
		}
	}

	/** The start of the next word after {@code offset} but before {@code limit}; {@code offset} if there is none. */
	static int nextWordStart(String text, int offset, int limit) {
		BreakIterator words = words(text);
		int boundary = words.following(offset);
		while (boundary != BreakIterator.DONE && boundary < limit) {
			if (Character.isLetterOrDigit(text.codePointAt(boundary))) {
				return boundary;
			}
			boundary = words.next();
		}
		return offset;
	}

	/** The end of the word before {@code offset} but after {@code limit}; {@code offset} if there is none. */
	static int previousWordEnd(String text, int offset, int limit) {
		BreakIterator words = words(text);
		int boundary = words.preceding(offset);
		while (boundary != BreakIterator.DONE && boundary > limit) {
			if (Character.isLetterOrDigit(text.codePointBefore(boundary))) {
				return boundary;
			}
			boundary = words.previous();
		}
		return offset;
	}

	private static BreakIterator words(String text) {
		BreakIterator words = BreakIterator.getWordInstance();
		words.setText(text);
		return words;
	}
}

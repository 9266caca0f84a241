package org.policyannotator.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.SampleTexts;

class TokenizerTest {

	private static List<String> words(String text) {
		return Tokenizer.tokenize(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
	}

	@Test
	void punctuationAndWhiteSpaceSeparateTokensAndAreNoTokens() {
		assertEquals(List.of("Lee", "Jae", "myung", "s", "24", "5"), words("Lee Jae-myung's 24.5%"));
	}

	@Test
	void firstSentenceOfSampleArticleHas24Tokens() {
		String text = SampleTexts.text("004");
		String sentence = text.substring(text.indexOf("On January 5"), text.indexOf("China.") + 6);
		// On January 5 Chinese President Xi Jinping held talks with South Korean President Lee Jae Myung who was on
		// a state visit to China = 24 words
		assertEquals(24, Tokenizer.tokenize(sentence).size());
	}

	@Test
	void lettersOutsideTheBasicPlaneAndCombiningMarksStayInsideTheirWord() {
		String text = "\uD835\uDC00\uD835\uDC01 Cafe\u0301!";
		List<Token> tokens = Tokenizer.tokenize(text);
		assertEquals(List.of(new Token(0, 4), new Token(5, 10)), tokens);
	}

	@Test
	void emptyAndPunctuationOnlyTextsHaveNoTokens() {
		assertEquals(List.of(), Tokenizer.tokenize(""));
		assertEquals(List.of(), Tokenizer.tokenize(" -- ... \n"));
	}

	@Test
	void everyCharacterIsSplitByItsUnicodeCategoryAsTheDefinitionSays() {
		// Against the definition itself, character by character: letters, digits and combining marks of any script
		// (the accents of "Café" written with a combining mark, Devanagari vowel signs, Hangul, a letter beyond the
		// BMP) are word parts; everything else separates.
		String text = "Cafe\u0301 \u0939\u093f\u0928\u094d\u0926\u0940 \uD55C\uAD6D\uC5B4 \uD835\uDC00x_y 1\u00bd a\u2014b ";
		java.util.List<int[]> expected = new java.util.ArrayList<>();
		int start = -1;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int cp = text.codePointAt(i);
			int type = Character.getType(cp);
			boolean part = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
					|| type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
			if (part && start < 0) {
				start = i;
			} else if (!part && start >= 0) {
				expected.add(new int[] { start, i });
				start = -1;
			}
		}
		int[] bounds = Tokenizer.bounds(text);
		assertEquals(expected.size() * 2, bounds.length);
		for (int t = 0; t < expected.size(); t++) {
			assertEquals(expected.get(t)[0], bounds[2 * t]);
			assertEquals(expected.get(t)[1], bounds[2 * t + 1]);
		}
		List<Token> tokens = Tokenizer.tokenize(text);
		assertEquals(expected.size(), tokens.size());
		assertEquals(List.of("Cafe\u0301", "\u0939\u093f\u0928\u094d\u0926\u0940", "\uD55C\uAD6D\uC5B4", "\uD835\uDC00x",
				"y", "1", "a", "b"), words(text), "½ is a number but no digit");
	}
}

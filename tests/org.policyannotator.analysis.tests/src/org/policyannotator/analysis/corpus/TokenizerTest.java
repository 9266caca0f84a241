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
}

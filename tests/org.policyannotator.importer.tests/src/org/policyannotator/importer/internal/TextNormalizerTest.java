package org.policyannotator.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** White space and text weight, the rules every extractor measures text by. */
class TextNormalizerTest {

	static Stream<Arguments> whiteSpace() {
		return Stream.of(Arguments.of("a b", "a b"), Arguments.of("  a   b  ", "a b"), Arguments.of("a\tb\nc\r\nd", "a b c d"),
				Arguments.of("a\u00A0\u00A0b", "a b"), Arguments.of("a\u3000b", "a b"),
				Arguments.of("co\u00ADope\u200Bra\u2060tion\uFEFF", "cooperation"), Arguments.of("a \u200B b", "a b"),
				Arguments.of("\u200B a", "a"), Arguments.of("a\u202Fb\u2007c", "a b c"), Arguments.of("国务院 常务会议", "国务院 常务会议"));
	}

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@MethodSource("whiteSpace")
	void collapsesEveryRunOfWhiteSpaceToOneSpaceAndDropsInvisibleCharacters(String raw, String collapsed) {
		assertEquals(collapsed, TextNormalizer.collapse(raw));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Councils told to publish flood plans", "国务院常务会议", "x" })
	void aCollapsedLineIsReturnedAsItIs(String line) {
		assertSame(line, TextNormalizer.collapse(line));
	}

	static Stream<Arguments> weights() {
		return Stream.of(Arguments.of("abc", 3), Arguments.of(" a b\tc\n", 3), Arguments.of("a\u00A0b", 2), Arguments.of("€5.", 3),
				Arguments.of("国务院", 6), Arguments.of("カナ", 4), Arguments.of("한국", 4), Arguments.of("a\u3000b", 2),
				Arguments.of("\u0001\u001F\u007F", 1));
	}

	@ParameterizedTest(name = "{0} weighs {1}")
	@MethodSource("weights")
	void lettersWeighOneIdeographsKanaAndHangulTwoSpacesNothing(String text, int weight) {
		assertEquals(weight, TextNormalizer.weight(text));
		assertEquals(weight, TextNormalizer.weight(new StringBuilder(text)), "the same weight as a CharSequence");
	}
}

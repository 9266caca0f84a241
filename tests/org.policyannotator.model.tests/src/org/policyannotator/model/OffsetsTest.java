package org.policyannotator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class OffsetsTest {

	@Test
	void koreanHangulIsOneUnitPerSyllableSoOffsetsAgree() {
		String text = "한국과 중국의 교류";
		assertEquals(4, Offsets.toCodePoints(text, 4));
		assertEquals(4, Offsets.toUtf16(text, 4));
		assertEquals("중국의", text.substring(4, 7));
	}

	@Test
	void chineseSupplementaryIdeographTakesTwoUnitsButOneCodePoint() {
		String text = "中国𠀀人民"; // U+20000 is outside the BMP
		assertEquals(6, text.length());
		assertEquals(5, text.codePointCount(0, text.length()));
		assertEquals(3, Offsets.toCodePoints(text, 4));
		assertEquals(4, Offsets.toUtf16(text, 3));
	}

	@Test
	void emojiSurrogatePairsShiftLaterOffsets() {
		String text = "Trade 📈 up 😀😀 now";
		int now = text.indexOf("now");
		assertEquals(now - 3, Offsets.toCodePoints(text, now));
		assertEquals(now, Offsets.toUtf16(text, now - 3));
		int pair = text.indexOf("📈");
		assertTrue(Offsets.splitsSurrogatePair(text, pair + 1));
		assertFalse(Offsets.splitsSurrogatePair(text, pair));
		assertFalse(Offsets.splitsSurrogatePair(text, pair + 2));
	}

	@Test
	void combiningMarksAreSeparateCodePoints() {
		String text = "Cafe\u0301 policy"; // e + combining acute accent
		assertEquals(6, Offsets.toCodePoints(text, 6));
		assertEquals("Cafe\u0301", text.substring(0, Offsets.toUtf16(text, 5)));
	}

	@Test
	void crlfCountsAsTwoUnitsAndTwoCodePoints() {
		String text = "line one\r\nline two\r\n";
		int second = text.indexOf("line two");
		assertEquals(10, second);
		assertEquals(10, Offsets.toCodePoints(text, second));
		Span span = Span.of(text, second, second + 8);
		assertEquals("line two", span.quote());
		assertEquals("line one\r\n", span.prefix());
		assertEquals("\r\n", span.suffix());
	}

	@Test
	void offsetOutsideTheTextIsRejected() {
		assertThrows(IndexOutOfBoundsException.class, () -> Offsets.toCodePoints("abc", 4));
		assertThrows(IndexOutOfBoundsException.class, () -> Offsets.toUtf16("abc", 4));
		assertThrows(IndexOutOfBoundsException.class, () -> Offsets.toUtf16("abc", -1));
	}

	@Test
	void offsetMapAgreesWithTheJdkOnMixedScriptsAtEveryOffset() {
		String text = "Xi 习近平 & Lee 이재명 😀\r\nCafe\u0301 𠀀𠀁 👍🏽 end";
		OffsetMap map = OffsetMap.of(text);
		assertFalse(map.isIdentity());
		for (int i = 0; i <= text.length(); i++) {
			assertEquals(text.codePointCount(0, i), map.toCodePoints(i), "utf16 " + i);
		}
		int codePoints = text.codePointCount(0, text.length());
		for (int cp = 0; cp <= codePoints; cp++) {
			assertEquals(text.offsetByCodePoints(0, cp), map.toUtf16(cp), "code point " + cp);
		}
		assertThrows(IndexOutOfBoundsException.class, () -> map.toUtf16(codePoints + 1));
	}

	@Test
	void offsetMapAgreesWithTheJdkOnRandomText() {
		Random random = new Random(3);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			int kind = random.nextInt(4);
			b.appendCodePoint(switch (kind) {
			case 0 -> 'a' + random.nextInt(26);
			case 1 -> 0xAC00 + random.nextInt(500);
			case 2 -> 0x1F600 + random.nextInt(50);
			default -> 0x20000 + random.nextInt(500);
			});
		}
		String text = b.toString();
		OffsetMap map = OffsetMap.of(text);
		for (int i = 0; i <= text.length(); i += 7) {
			int cp = map.toCodePoints(i);
			assertEquals(text.codePointCount(0, i), cp);
			if (!Offsets.splitsSurrogatePair(text, i)) {
				assertEquals(i, map.toUtf16(cp));
			}
		}
	}

	@Test
	void spanCannotCutASurrogatePairInTwo() {
		String text = "up 📈 now";
		int pair = text.indexOf("📈");
		assertThrows(IllegalArgumentException.class, () -> Span.of(text, pair + 1, pair + 2));
		assertEquals("📈", Span.of(text, pair, pair + 2).quote());
	}

	@Test
	void spanContextNeverStartsInsideASurrogatePair() {
		StringBuilder b = new StringBuilder("x😀");
		b.append("a".repeat(Span.CONTEXT_LENGTH - 1));
		String text = b.append("TARGET").toString();
		int start = text.indexOf("TARGET");
		Span span = Span.of(text, start, start + 6);
		assertFalse(Character.isLowSurrogate(span.prefix().charAt(0)), span.prefix());
	}
}

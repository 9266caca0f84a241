package org.policyannotator.importer.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How implausible a decoded text is, per non-ASCII character: replacement characters, C1 controls and private-use
 * characters are what a wrong decoder produces; so are runs of accented Latin letters (UTF-8 or CJK read as
 * windows-1252), ideographs separated by spaces (Korean read as Chinese), Hanja mixed evenly into Hangul (Chinese
 * read as Korean), stray half-width katakana (Chinese read as Shift_JIS) and ideographs outside the common GB2312
 * set (Japanese or Korean read as Chinese); running kana count in favour (Japanese).
 */
final class Plausibility {
	private static final Charset GB2312 = CharsetNames.lookup("GB2312").orElse(null);

	private Plausibility() {
	}

	/** Penalty per non-ASCII character; 0 is perfectly plausible. */
	static double penalty(String text) {
		int n = Math.min(text.length(), 256 * 1024);
		CharsetEncoder gb2312 = GB2312 == null ? null : GB2312.newEncoder();
		int rareHan = 0;
		long penalty = 0;
		int nonAscii = 0;
		int hangul = 0;
		int han = 0;
		int kana = 0;
		int halfKana = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				continue;
			}
			nonAscii++;
			if (c == '\uFFFD') {
				penalty += 40;
			} else if (c >= 0x80 && c <= 0x9F) {
				penalty += 20;
			} else if (c >= 0xE000 && c <= 0xF8FF) {
				penalty += 20;
			} else if (c >= 0xA0 && c <= 0x24F) {
				boolean prevHigh = i > 0 && text.charAt(i - 1) >= 0x80;
				boolean nextHigh = i + 1 < n && text.charAt(i + 1) >= 0x80;
				if (prevHigh || nextHigh) {
					penalty += 3;
				}
			} else if (c >= 0x400 && c <= 0x4FF) {
				if (isAsciiLetter(i > 0 ? text.charAt(i - 1) : ' ') || isAsciiLetter(i + 1 < n ? text.charAt(i + 1) : ' ')) {
					penalty += 3;
				}
			} else if (c >= 0xAC00 && c <= 0xD7A3) {
				hangul++;
			} else if (c >= 0x4E00 && c <= 0x9FFF) {
				han++;
				if (gb2312 != null && !gb2312.canEncode(c)) {
					rareHan++;
				}
				if (i + 2 < n && text.charAt(i + 1) == ' ' && isHan(text.charAt(i + 2))) {
					penalty += 4;
				}
			} else if (c >= 0x3400 && c <= 0x4DBF) {
				penalty += 4;
				han++;
			} else if (c >= 0x3040 && c <= 0x30FF) {
				kana++;
			} else if (c >= 0xFF61 && c <= 0xFF9F) {
				halfKana++;
			} else if ((c >= 0x3130 && c <= 0x318F) || (c >= 0x2500 && c <= 0x25FF)) {
				penalty += 2;
			}
		}
		if (nonAscii == 0) {
			return 0;
		}
		if (hangul > 0 && han * 5 > hangul + han) {
			penalty += 3L * han;
		}
		if (halfKana > 0 && halfKana * 4 > kana + halfKana) {
			penalty += 4L * halfKana;
		}
		if (kana > 0 && han > 0 && kana * 20 < han) {
			penalty += 3L * kana;
		}
		penalty += 2L * rareHan;
		if (kana * 10 >= han + kana) {
			penalty -= 3L * kana; // running Japanese text: kana are the evidence, and its kanji are often not GB2312
		}
		return (double) penalty / nonAscii;
	}

	private static boolean isAsciiLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	private static boolean isHan(char c) {
		return c >= 0x4E00 && c <= 0x9FFF;
	}
}

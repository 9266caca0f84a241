package org.policyannotator.importer.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the charset labels pages declare to the decoder that browsers actually use, which is often a superset
 * (gb2312 is decoded as GB18030, euc-kr as windows-949, iso-8859-1 as windows-1252, as the WHATWG Encoding
 * standard prescribes).
 */
public final class CharsetNames {

	private CharsetNames() {
	}

	/** The decoder for a declared label, or empty when the label is unknown to this JVM. */
	public static Optional<Charset> forLabel(String label) {
		String l = label.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		String name = switch (l) {
			case "gb2312", "gbk", "x-gbk", "gb-2312-80", "cp936", "ms936", "windows-936", "gb18030", "chinese",
					"csgb2312", "iso-ir-58" -> "GB18030";
			case "euc-kr", "ks-c-5601-1987", "ks-c-5601", "korean", "ksc5601", "windows-949", "cp949", "uhc",
					"x-windows-949" -> "x-windows-949";
			case "shift-jis", "sjis", "x-sjis", "ms-kanji", "windows-31j", "cp932", "ms932" -> "windows-31j";
			case "iso-8859-1", "latin1", "l1", "iso8859-1", "us-ascii", "ascii", "windows-1252", "cp1252",
					"x-cp1252" -> "windows-1252";
			case "utf8", "utf-8", "unicode-1-1-utf-8" -> "UTF-8";
			// a page whose meta could be read as ASCII is not UTF-16, whatever it says (WHATWG)
			case "utf-16", "utf-16le", "utf-16be", "unicode" -> "UTF-8";
			case "big5", "big5-hkscs", "cn-big5", "x-x-big5" -> "Big5-HKSCS";
			default -> l;
		};
		return lookup(name);
	}

	/** The charset of that name if this JVM has it. */
	public static Optional<Charset> lookup(String name) {
		try {
			return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Whether bytes below 0x80 mean ASCII in this charset, so that a page can declare it in ASCII. */
	public static boolean isAsciiCompatible(Charset charset) {
		return !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")
				&& charset != StandardCharsets.UTF_16;
	}
}

package org.policyannotator.importer.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes bytes to text. Order of evidence: a byte order mark; the encoding the user gave; valid UTF-8 (bytes that
 * are valid UTF-8 and not plain ASCII are almost never anything else, whatever the page declares); the declared
 * encoding if it decodes without errors and plausibly; otherwise the candidate (declared, by language, common legacy
 * encodings) whose decoding has the fewest invalid sequences and the most plausible characters.
 */
public final class CharsetDetector {
	private static final String[] LEGACY = { "GB18030", "x-windows-949", "windows-31j", "Big5-HKSCS", "EUC-JP",
			"windows-1252", "windows-1251" };

	private static final int SAMPLE = 128 * 1024;

	private CharsetDetector() {
	}

	/**
	 * @param bytes    the raw file content
	 * @param user     the encoding the user asked for
	 * @param declared the label the page declares (meta charset, http-equiv, XML declaration)
	 * @param language the language the page declares ({@code html lang}), a hint for legacy CJK encodings
	 */
	public static DecodedText decode(byte[] bytes, Optional<Charset> user, Optional<String> declared,
			Optional<String> language) {
		List<String> warnings = new ArrayList<>();
		Optional<Bom> bom = Bom.of(bytes);
		if (bom.isPresent()) {
			Bom b = bom.get();
			return lenient(bytes, b.length(), b.charset(), "bom", warnings);
		}
		if (user.isPresent()) {
			return lenient(bytes, 0, user.get(), "user", warnings);
		}
		Optional<Charset> declaredCharset = declared.flatMap(CharsetNames::forLabel);
		if (declared.isPresent() && declaredCharset.isEmpty()) {
			warnings.add("the page declares the unknown encoding \"" + declared.get() + "\"");
		}
		if (isAscii(bytes)) {
			Charset cs = declaredCharset.filter(CharsetNames::isAsciiCompatible).orElse(StandardCharsets.UTF_8);
			return new DecodedText(new String(bytes, cs), cs.name(), declaredCharset.isPresent() ? "declared" : "ascii",
					warnings);
		}
		int validUtf8 = validUtf8Length(bytes);
		if (validUtf8 >= 0) {
			String source = declaredCharset.map(cs -> cs.equals(StandardCharsets.UTF_8)).orElse(false) ? "declared"
					: "valid-utf-8";
			if (declaredCharset.isPresent() && !"declared".equals(source)) {
				warnings.add("the page declares " + declared.get() + " but is UTF-8; decoded as UTF-8");
			}
			if (validUtf8 < bytes.length) {
				warnings.add("the file ends in the middle of a character; it may be truncated");
			}
			return new DecodedText(new String(bytes, 0, validUtf8, StandardCharsets.UTF_8), "UTF-8", source, warnings);
		}
		Set<Charset> candidates = new LinkedHashSet<>();
		declaredCharset.filter(CharsetNames::isAsciiCompatible).ifPresent(candidates::add);
		language.flatMap(CharsetDetector::forLanguage).ifPresent(candidates::add);
		for (String name : LEGACY) {
			CharsetNames.lookup(name).ifPresent(candidates::add);
		}
		// judge the candidates on a sample from where the non-ASCII text starts; decode the whole file with the winner
		byte[] sample = sample(bytes);
		Charset best = StandardCharsets.ISO_8859_1;
		double bestScore = Double.MAX_VALUE;
		Optional<Charset> languageCharset = language.flatMap(CharsetDetector::forLanguage);
		for (Charset candidate : candidates) {
			double score = Plausibility.penalty(decodeReplacing(sample, 0, candidate));
			if (declaredCharset.isPresent() && candidate.equals(declaredCharset.get())) {
				score -= 0.05;
			}
			if (languageCharset.map(candidate::equals).orElse(false)) {
				score -= 0.03;
			}
			if (score < bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		String bestText = decodeReplacing(bytes, 0, best);
		String source = declaredCharset.map(best::equals).orElse(false) ? "declared" : "detected";
		if (declaredCharset.isPresent() && "detected".equals(source)) {
			warnings.add("the page declares " + declared.get() + " but does not decode as that; detected "
					+ best.name());
		}
		int replaced = count(bestText, '\uFFFD');
		if (replaced > 0) {
			warnings.add(replaced + " invalid byte sequences were replaced by U+FFFD");
		}
		return new DecodedText(bestText, best.name(), source, warnings);
	}

	private static byte[] sample(byte[] bytes) {
		if (bytes.length <= SAMPLE) {
			return bytes;
		}
		int first = 0;
		while (first < bytes.length && bytes[first] >= 0) {
			first++;
		}
		int from = first;
		// back up to a line start or tag end so that the sample does not begin inside a multi-byte character
		int floor = Math.max(0, from - 512);
		while (from > floor && bytes[from - 1] != '\n' && bytes[from - 1] != '>') {
			from--;
		}
		return java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + SAMPLE));
	}

	private static Optional<Charset> forLanguage(String language) {
		String l = language.toLowerCase(Locale.ROOT);
		if (l.startsWith("zh-tw") || l.startsWith("zh-hk") || l.startsWith("zh-hant")) {
			return CharsetNames.lookup("Big5-HKSCS");
		}
		if (l.startsWith("zh")) {
			return CharsetNames.lookup("GB18030");
		}
		if (l.startsWith("ko")) {
			return CharsetNames.lookup("x-windows-949");
		}
		if (l.startsWith("ja")) {
			return CharsetNames.lookup("windows-31j");
		}
		if (l.startsWith("ru") || l.startsWith("uk") || l.startsWith("bg") || l.startsWith("sr") || l.startsWith("mk")) {
			return CharsetNames.lookup("windows-1251");
		}
		return CharsetNames.lookup("windows-1252");
	}

	private static DecodedText lenient(byte[] bytes, int offset, Charset charset, String source,
			List<String> warnings) {
		String text = decodeReplacing(bytes, offset, charset);
		int replaced = count(text, '\uFFFD');
		if (replaced > 0) {
			warnings.add(replaced + " byte sequences are not valid " + charset.name() + " and were replaced by U+FFFD");
		}
		return new DecodedText(text, charset.name(), source, warnings);
	}

	private static String decodeReplacing(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("\uFFFD");
		try {
			CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			return chars.toString();
		} catch (CharacterCodingException e) {
			throw new IllegalStateException("a replacing decoder never throws", e);
		}
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return the length of the valid UTF-8 prefix when the bytes are valid UTF-8 except possibly for one incomplete
	 *         character at the very end (a truncated file); -1 when they are not UTF-8
	 */
	static int validUtf8Length(byte[] b) {
		int i = 0;
		int n = b.length;
		while (i < n) {
			int c = b[i] & 0xFF;
			int len;
			int min;
			if (c < 0x80) {
				i++;
				continue;
			} else if (c >= 0xC2 && c <= 0xDF) {
				len = 2;
				min = 0x80;
			} else if (c >= 0xE0 && c <= 0xEF) {
				len = 3;
				min = 0x800;
			} else if (c >= 0xF0 && c <= 0xF4) {
				len = 4;
				min = 0x10000;
			} else {
				return -1;
			}
			if (i + len > n) {
				for (int k = i + 1; k < n; k++) {
					if ((b[k] & 0xC0) != 0x80) {
						return -1;
					}
				}
				return i;
			}
			int cp = c & (0xFF >> (len + 1));
			for (int k = 1; k < len; k++) {
				int cc = b[i + k] & 0xFF;
				if ((cc & 0xC0) != 0x80) {
					return -1;
				}
				cp = (cp << 6) | (cc & 0x3F);
			}
			if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
				return -1;
			}
			i += len;
		}
		return n;
	}

	private static int count(String s, char c) {
		int k = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				k++;
			}
		}
		return k;
	}

	private record Bom(Charset charset, int length) {
		static Optional<Bom> of(byte[] b) {
			if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
				return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
			}
			if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
				return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
			}
			if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
				return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
			}
			return Optional.empty();
		}
	}
}

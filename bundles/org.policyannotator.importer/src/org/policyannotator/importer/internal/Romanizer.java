package org.policyannotator.importer.internal;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Spells text of any script in Latin letters, for ids that must stay ASCII: Chinese in pinyin
 * ({@code 国务院 -> guo wu yuan}), Korean in its romanization ({@code 한중 관계 -> hanjung gwangye}), Japanese (a text
 * with kana) in romaji by its Japanese reading, kanji included ({@code 日本政府 -> nihon seifu}, see
 * {@link JapaneseReading}), Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai and the rest by
 * ICU's transliterators, then without accents. Text already in Latin letters is returned as it is. The same text
 * always gives the same spelling.
 */
public final class Romanizer {
	private static final Pattern DIGIT_TO_LETTER = Pattern.compile("(?<=\\d)(?=[^\\p{IsLatin}\\d\\s\\p{P}])|(?<=[^\\p{IsLatin}\\d\\s\\p{P}])(?=\\d)");

	private Romanizer() {
	}

	/** {@code text} in Latin letters (see the class comment). */
	public static String latin(String text) {
		return latin(text, false);
	}

	/**
	 * {@code text} in Latin letters; {@code japanese} says that it is Japanese even without kana (a title all in kanji,
	 * {@code 外務大臣会見記録}, on a page in Japanese), so that its kanji get their Japanese reading, not pinyin.
	 */
	public static String latin(String text, boolean japanese) {
		if (!hasOtherScript(text)) {
			return text;
		}
		String spaced = DIGIT_TO_LETTER.matcher(text).replaceAll(" ");
		if (japanese || JapaneseReading.isJapanese(spaced)) {
			spaced = JapaneseReading.latin(spaced);
		}
		Transliterator transliterator = Holder.ANY_TO_ASCII;
		synchronized (transliterator) {
			return transliterator.transliterate(spaced);
		}
	}

	/** Whether a text has letters of a script other than Latin. */
	public static boolean hasOtherScript(String text) {
		return text.codePoints().anyMatch(c -> Character.isLetter(c)
				&& Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
	}

	/** Created on first use: loading the rules takes a moment. */
	private static final class Holder {
		static final Transliterator ANY_TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
	}
}

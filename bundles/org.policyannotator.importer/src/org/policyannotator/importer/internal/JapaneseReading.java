package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;

import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;
import com.ibm.icu.text.Transliterator;

/**
 * Japanese in Latin letters as it is read: the words of the text are found with a dictionary of Japanese (Kuromoji
 * with IPADIC), each spelled by its Japanese reading in romaji ({@code 日本政府は貿易協定に合意} gives
 * {@code nihon seifu wa boueki kyoutei ni goui}); the particles は, へ and を are spelled as they are said (wa, e, o).
 * Without it, kanji would get their Chinese readings ({@code ri ben zheng fu}), which no reader of Japanese knows the
 * title by. Words the dictionary does not know keep the reading of their kana, or go to the general transliteration.
 */
final class JapaneseReading {
	private JapaneseReading() {
	}

	/** Whether {@code text} has hiragana or katakana: Chinese and Korean have none, so it is Japanese. */
	static boolean isJapanese(String text) {
		return text.codePoints().anyMatch(c -> {
			Character.UnicodeScript s = Character.UnicodeScript.of(c);
			return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
		});
	}

	/** The words of {@code text} read in romaji, separated by spaces. */
	static String latin(String text) {
		List<String> words = new ArrayList<>();
		for (Token token : Holder.TOKENIZER.tokenize(text)) {
			words.add(reading(token));
		}
		String kana = String.join(" ", words);
		Transliterator toLatin = Holder.KANA_TO_LATIN;
		synchronized (toLatin) {
			return toLatin.transliterate(kana);
		}
	}

	private static String reading(Token token) {
		String surface = token.getSurface();
		String reading = token.getReading();
		if ("助詞".equals(token.getPartOfSpeechLevel1())) {
			switch (surface) {
				case "は": return "wa";
				case "へ": return "e";
				case "を": return "o";
				default: break;
			}
		}
		return reading == null || reading.isEmpty() || "*".equals(reading) ? surface : reading;
	}

	/** Created on first use: the dictionary takes a moment to load. */
	private static final class Holder {
		static final Tokenizer TOKENIZER = new Tokenizer();
		static final Transliterator KANA_TO_LATIN = Transliterator.getInstance("Katakana-Latin; Hiragana-Latin; Any-Latin; Latin-ASCII");
	}
}

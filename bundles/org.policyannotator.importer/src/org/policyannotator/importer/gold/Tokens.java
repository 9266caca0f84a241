package org.policyannotator.importer.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tokens for comparing texts: runs of letters and digits, lower-cased; each Han character or kana on its own. */
final class Tokens {

	private Tokens() {
	}

	static List<String> of(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach(c -> {
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			boolean single = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA;
			if (single || !Character.isLetterOrDigit(c)) {
				flush(word, tokens);
				if (single) {
					tokens.add(Character.toString(c));
				}
			} else {
				word.appendCodePoint(c);
			}
		});
		flush(word, tokens);
		return tokens;
	}

	private static void flush(StringBuilder word, List<String> tokens) {
		if (!word.isEmpty()) {
			tokens.add(word.toString().toLowerCase(Locale.ROOT));
			word.setLength(0);
		}
	}
}

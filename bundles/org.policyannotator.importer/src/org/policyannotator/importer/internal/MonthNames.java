package org.policyannotator.importer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The month a word names in a date ("April", "avril", "kwietnia", "апреля", "Απριλίου", "अप्रैल", "באפריל",
 * "เม.ย."), from the table {@code month-names.txt} beside this class: whole forms, and stems that stand for every
 * word beginning with them.
 */
public final class MonthNames {
	private static final int MIN_STEM = 3;
	private static final int MAX_WORD = 16;
	private static final Map<String, Integer> FORMS = new HashMap<>();
	private static final Map<String, Integer> STEMS = new HashMap<>();
	private static final int LONGEST_STEM;

	static {
		try (InputStream in = MonthNames.class.getResourceAsStream("month-names.txt")) {
			if (in == null) {
				throw new IllegalStateException("month-names.txt is missing beside " + MonthNames.class.getName());
			}
			int longest = MIN_STEM;
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] words = line.strip().split("\\s+");
				if (words.length < 3 || words[0].startsWith("#")) {
					continue;
				}
				int month = Integer.parseInt(words[0]);
				for (int i = 2; i < words.length; i++) {
					String form = words[i].toLowerCase(Locale.ROOT);
					boolean stem = form.endsWith("*");
					if (stem) {
						form = form.substring(0, form.length() - 1);
						longest = Math.max(longest, form.length());
					}
					put(stem ? STEMS : FORMS, form, month);
				}
			}
			LONGEST_STEM = longest;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private MonthNames() {
	}

	private static void put(Map<String, Integer> table, String form, int month) {
		Integer before = table.put(form, month);
		if (before != null && before != month) {
			throw new IllegalStateException("month-names.txt gives \"" + form + "\" to months " + before + " and " + month);
		}
	}

	/** The month (1 to 12) that {@code word} names, with or without a dot after it; 0 when it names none. */
	public static int of(String word) {
		if (word.length() < 2 || word.length() > MAX_WORD) {
			return 0;
		}
		String w = word.toLowerCase(Locale.ROOT);
		Integer month = FORMS.get(w);
		if (month == null && w.endsWith(".")) {
			w = w.substring(0, w.length() - 1);
			month = FORMS.get(w);
		}
		for (int k = Math.min(w.length(), LONGEST_STEM); month == null && k >= MIN_STEM; k--) {
			month = STEMS.get(w.substring(0, k));
		}
		return month == null ? 0 : month;
	}
}

package org.policyannotator.suggest.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom "he" and "she" can mean: the grammatical gender a text gives a named person, from a title or role word next to
 * the name (Mr, Ms, Dame, Sir, Lord, chairwoman, spokesman) or from a common first name; unknown otherwise, and
 * unknown is compatible with both pronouns.
 */
public final class Genders {
	/** A person's gender as the text shows it. */
	public enum Gender {
		/** Referred to as "he". */
		MALE,
		/** Referred to as "she". */
		FEMALE,
		/** Nothing says. */
		UNKNOWN;

		/** Whether a pronoun of {@code other} can refer to a person of this gender. */
		public boolean compatible(Gender other) {
			return this == UNKNOWN || other == UNKNOWN || this == other;
		}
	}

	private static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "chairman",
			"spokesman", "congressman", "businessman", "assemblyman", "councilman", "monsieur", "m.", "herr", "señor",
			"senhor", "signor", "baron", "duke", "emperor", "sheikh", "sultan", "emir");
	private static final Set<String> FEMALE_WORDS = Set.of("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen",
			"princess", "chairwoman", "spokeswoman", "congresswoman", "businesswoman", "assemblywoman", "councilwoman",
			"madame", "mme", "mme.", "frau", "señora", "senhora", "signora", "baroness", "duchess", "empress", "sheikha");
	/** The words right before a name (up to three) in its sentence: "Economy Minister Katrin", "Ms", "Dame Helen". */
	private static final Pattern BEFORE = Pattern.compile("((?:[\\p{L}'’-]+\\.?\\s+){0,3})$");
	/** Where the sentence or clause of a name starts: after a stop that no title abbreviation ("Mr.") makes. */
	private static final Pattern CLAUSE_START = Pattern.compile(".*(?:[!?\"“”:;,(]|(?<!\\b(?:Mr|Ms|Mrs|Dr|Mme|M))\\.\\s)",
			Pattern.DOTALL);
	/** A role in apposition right after a name: "X, spokeswoman for ...", "X, its chairwoman,". */
	private static final Pattern AFTER = Pattern.compile("^,\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
			+ "(?<role>[\\p{L}-]+)\\b");
	private static final Pattern WORD = Pattern.compile("[\\p{L}.'’-]+");

	private Genders() {
	}

	/** The gender of a pronoun ("he", "She"), UNKNOWN for any other word. */
	public static Gender ofPronoun(String word) {
		String w = word.strip().toLowerCase(Locale.ROOT);
		return w.equals("he") ? Gender.MALE : w.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
	}

	/**
	 * The gender of the person named {@code name} at {@code text[start, end)}: from a gendered word just before or in
	 * apposition after it, from its role, else from its first name.
	 */
	public static Gender of(String text, int start, int end, String name, String role) {
		Gender g = fromWords(role);
		if (g != Gender.UNKNOWN) {
			return g;
		}
		if (start >= 0 && end <= text.length() && start <= end) {
			String window = CLAUSE_START.matcher(text.substring(Math.max(0, start - 40), start)).replaceFirst("");
			Matcher before = BEFORE.matcher(window);
			if (before.find()) {
				g = fromWords(before.group(1));
				if (g != Gender.UNKNOWN) {
					return g;
				}
			}
			Matcher after = AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
			if (after.lookingAt()) {
				g = fromWords(after.group("role"));
				if (g != Gender.UNKNOWN) {
					return g;
				}
			}
		}
		return ofName(name);
	}

	/** The gender a name's first word gives ("Katrin Vogel" FEMALE, "Markus" MALE), UNKNOWN for others. */
	public static Gender ofName(String name) {
		Matcher m = WORD.matcher(name);
		while (m.find()) {
			String word = m.group().toLowerCase(Locale.ROOT);
			Gender title = fromWord(word);
			if (title != Gender.UNKNOWN) {
				return title;
			}
			if (Mentions.isTitle(word)) {
				continue; // "President Lula": the title tells nothing
			}
			return FirstNames.gender(word);
		}
		return Gender.UNKNOWN;
	}

	private static Gender fromWords(String words) {
		Matcher m = WORD.matcher(words);
		Gender found = Gender.UNKNOWN;
		while (m.find()) {
			Gender g = fromWord(m.group().toLowerCase(Locale.ROOT));
			if (g != Gender.UNKNOWN) {
				found = g;
			}
		}
		return found;
	}

	private static Gender fromWord(String word) {
		if (MALE_WORDS.contains(word)) {
			return Gender.MALE;
		}
		return FEMALE_WORDS.contains(word) ? Gender.FEMALE : Gender.UNKNOWN;
	}
}

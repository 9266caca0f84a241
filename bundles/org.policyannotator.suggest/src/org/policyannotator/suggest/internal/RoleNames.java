package org.policyannotator.suggest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.text.Sentences;
import org.policyannotator.suggest.internal.SpeakerRegistry.Person;

/**
 * A speaker first given by a role and named only after: "The governor told reporters that ..." then "Olumide Bakare,
 * who took office in March, said ..."; "the Chief Inspector of Prisons, who told MPs that ..." then "The inspector,
 * Nicholas Farrow, said". The role's speaker is the person named within the next sentences either with the same
 * title or by the bare name (a news text names a person without a title only once it has introduced them).
 */
public final class RoleNames {
	/** How many sentences after the role's quote the name may come. */
	private static final int REACH = 3;
	private static final Pattern DEFINITE = Pattern.compile("[Tt]he\\s");
	private static final Pattern SPOKES = Pattern.compile("(?i)spokes(?:person|man|woman)");
	/** A role in apposition after a name: "X, chairman of Y", "X, the state's secretary for ...". */
	private static final Pattern ROLE_AFTER = Pattern.compile("^,\\s+(?!who\\b|which\\b|whose\\b)\\p{Ll}");
	private static final Pattern LOWER_ROLE = Pattern.compile("(?:[\\p{Ll}.-]+['’]s\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}"
			+ "\\p{Ll}[\\p{Ll}-]*");
	private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.'’-]+)\\s*$");

	private RoleNames() {
	}

	/**
	 * For each speaker of {@code registry} given only by a role, the index of the person it names, if any.
	 *
	 * @param firstQuote where the first quote of each speaker starts (by speaker index)
	 */
	public static Map<Integer, Integer> named(String text, Sentences sentences, SpeakerRegistry registry,
			Map<Integer, Integer> firstQuote) {
		List<Person> persons = registry.persons();
		Map<Integer, Integer> named = new LinkedHashMap<>();
		for (int p = 0; p < persons.size(); p++) {
			String title = roleTitle(persons.get(p).name());
			Integer quote = firstQuote.get(p);
			if (title == null || quote == null) {
				continue;
			}
			int from = sentences.indexAt(quote);
			Integer best = null;
			for (int q = 0; q < persons.size(); q++) {
				Person person = persons.get(q);
				int at = sentences.indexAt(person.start());
				if (q == p || person.start() <= persons.get(p).start() || at < from || at - from > REACH
						|| roleTitle(person.name()) != null || !isPersonName(person.name())) {
					continue;
				}
				boolean sameTitle = person.role().toLowerCase(Locale.ROOT).contains(title);
				boolean noRole = person.role().isEmpty() || person.role().startsWith("who ");
				if ((sameTitle || noRole && bare(text, sentences, person))
						&& (best == null || person.start() < persons.get(best).start())) {
					best = q;
				}
			}
			if (best != null) {
				named.put(p, best);
			}
		}
		return named;
	}

	/**
	 * The title word of a name that is only a role ("The governor", "the association's managing director", "Inspector
	 * of Prisons"), or null when the name names someone.
	 */
	public static String roleTitle(String name) {
		String n = name.strip();
		String head = n.contains(" of ") ? n.substring(0, n.indexOf(" of ")) : n;
		String[] words = head.split("\\s+");
		String last = words[words.length - 1];
		boolean lower = DEFINITE.matcher(n).lookingAt() && LOWER_ROLE.matcher(n.substring(4)).matches();
		boolean titles = true;
		for (String w : words) {
			titles &= Mentions.isTitle(w) && Character.isUpperCase(w.charAt(0));
		}
		if (!(lower || titles) || !Mentions.isTitle(last) || SPOKES.matcher(last).matches()) {
			return null;
		}
		return last.toLowerCase(Locale.ROOT);
	}

	/** A person's name: two to four capitalized words, no body's word in it. */
	private static boolean isPersonName(String name) {
		String[] words = name.strip().split("\\s+");
		if (words.length < 2 || words.length > 4 || SpeakerRegistry.isBodyName(name)) {
			return false;
		}
		for (String w : words) {
			if (!Character.isUpperCase(w.charAt(0)) || Mentions.isTitle(w)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a person's first full mention has no title or capitalized word before it in its sentence and no role in
	 * apposition after it ("who took office in March" is no role).
	 */
	private static boolean bare(String text, Sentences sentences, Person person) {
		if (ROLE_AFTER.matcher(text.substring(person.end(), Math.min(text.length(), person.end() + 40))).find()) {
			return false;
		}
		int start = sentences.start(sentences.indexAt(person.start()));
		Matcher before = WORD_BEFORE.matcher(text.substring(start, person.start()));
		if (!before.find()) {
			return true;
		}
		String word = before.group(1);
		return !Mentions.isTitle(word) && !Character.isUpperCase(word.charAt(0));
	}
}

package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.suggest.internal.Genders.Gender;
import org.policyannotator.suggest.internal.Mentions.Mention;

/**
 * The speakers of one document: mentions of one person grouped (Xi, Xi Jinping, President Xi Jinping are one:
 * a shorter name whose words are all in a longer one), pronouns resolved to the last named person before them.
 */
public final class SpeakerRegistry {
	private final String text;
	private final List<Person> persons = new ArrayList<>();
	private final List<Gender> genders = new ArrayList<>();
	/** Words of each name seen (lower case), kept for this document: names are compared many times. */
	private final java.util.Map<String, List<String>> wordsOf = new java.util.HashMap<>();
	private final java.util.Map<String, Boolean> bodyNames = new java.util.HashMap<>();
	/** Speakers the text refers to as a body ("the company said"), whatever their name looks like. */
	private final java.util.Set<Integer> knownBodies = new java.util.HashSet<>();
	/** What each definite description of a body ("the company") meant, by its noun. */
	private final java.util.Map<String, Integer> described = new java.util.HashMap<>();
	/** Indices of the persons and bodies, the one named last at the end. */
	private final List<Integer> recent = new ArrayList<>();

	/**
	 * One speaker.
	 *
	 * @param name  the fullest name seen
	 * @param role  role given in apposition, empty if none
	 * @param start where the first mention of the fullest name starts
	 * @param end   where it ends
	 */
	public record Person(String name, String role, int start, int end) {
	}

	/** An empty registry for {@code text}. */
	public SpeakerRegistry(String text) {
		this.text = text;
	}

	/**
	 * The index of the person {@code mention} names (adding one if new), or null for an unresolved pronoun: "he" and
	 * "she" the last named person the pronoun can mean (by gender), "it" the last named body.
	 */
	public Integer resolve(Mention mention, int at) {
		if (mention.pronoun()) {
			return lastFitting(mention.name());
		}
		String name = mention.name().strip();
		Gender gender = Genders.of(text, mention.start(), mention.end(), name, mention.role());
		for (int i = 0; i < persons.size(); i++) {
			Person p = persons.get(i);
			if (sameEntity(p.name(), name)) {
				if (cached(name).size() > cached(p.name()).size()) {
					persons.set(i, place(name, mention.role().isEmpty() ? p.role() : mention.role(), mention));
				} else if (p.role().isEmpty() && !mention.role().isEmpty()) {
					persons.set(i, new Person(p.name(), mention.role(), p.start(), p.end()));
				}
				observe(i, gender);
				named(i);
				return i;
			}
		}
		persons.add(place(name, mention.role(), mention));
		genders.add(gender);
		named(persons.size() - 1);
		return persons.size() - 1;
	}

	/** The person or body a pronoun ("he", "she", "it") means: the last named one that fits it, or null. */
	public Integer lastFitting(String pronoun) {
		Gender wanted = Genders.ofPronoun(pronoun);
		boolean body = pronoun.strip().equalsIgnoreCase("it");
		for (int k = recent.size() - 1; k >= 0; k--) {
			int i = recent.get(k);
			if (body ? isBody(i) : !isBody(i) && genders.get(i).compatible(wanted)
					&& (wanted == Gender.UNKNOWN || !Mentions.isGenericPlural(persons.get(i).name()))) {
				return i;
			}
		}
		return null;
	}

	/** The last body named before whose name ends in {@code noun} ("committee" of "the Justice Committee"), or null. */
	public Integer lastBodyEndingIn(String noun) {
		for (int k = recent.size() - 1; k >= 0; k--) {
			List<String> w = cached(persons.get(recent.get(k)).name());
			if (!w.isEmpty() && w.get(w.size() - 1).equals(noun.toLowerCase(Locale.ROOT))) {
				return recent.get(k);
			}
		}
		return null;
	}

	/**
	 * Whether speaker {@code i} is no known person ("Feeding America", "Amnesty International Kenya"): a body's name,
	 * or a name no "he", "she", title or first name has given a gender, and no group of people.
	 */
	public boolean isNotAPerson(int i) {
		String name = persons.get(i).name();
		return Character.isUpperCase(name.charAt(0)) && !Mentions.isGenericPlural(name)
				&& (isBody(i) || genders.get(i) == Gender.UNKNOWN && RoleNames.roleTitle(name) == null);
	}

	/** The body named last by its proper name ("the Justice Committee", not "experts"), or null. */
	public Integer lastBody() {
		for (int k = recent.size() - 1; k >= 0; k--) {
			String name = persons.get(recent.get(k)).name();
			if (isBody(recent.get(k)) && Character.isUpperCase(name.charAt(0)) && !Mentions.isGenericPlural(name)) {
				return recent.get(k);
			}
		}
		return null;
	}

	/** What the text says of the gender of the person named {@code name} (UNKNOWN if not registered). */
	public Gender genderOf(String name) {
		for (int i = 0; i < persons.size(); i++) {
			if (sameEntity(persons.get(i).name(), name.strip())) {
				return genders.get(i);
			}
		}
		return Gender.UNKNOWN;
	}

	/** Records that "the {@code noun}" ("the company") meant speaker {@code i}. */
	public void describe(String noun, int i) {
		described.put(noun, i);
	}

	/** The speaker "the {@code noun}" meant last, or null. */
	public Integer describedAs(String noun) {
		return described.get(noun);
	}

	/**
	 * The speaker named right before speaker {@code i} when that is a body's proper name ("according to airport
	 * operator Aena, and industry analysts warn that": Aena before the analysts), else null.
	 */
	public Integer bodyNamedBefore(int i) {
		int k = recent.indexOf(i) - 1;
		if (k < 0) {
			return null;
		}
		int before = recent.get(k);
		String first = cached(persons.get(before).name()).get(0);
		return isNotAPerson(before) && !first.equals("the") ? before : null;
	}

	/** Records that speaker {@code i} was referred to as a body ("the company", "the group"). */
	public void markBody(int i) {
		knownBodies.add(i);
	}

	/** Whether speaker {@code i} is a body: by its name, or because the text referred to it as one. */
	public boolean isBodyAt(int i) {
		return isBody(i);
	}

	/** What the text says of the gender of person {@code i}. */
	public Gender gender(int i) {
		return genders.get(i);
	}

	/** Records that person {@code i} was referred to with a gendered word or pronoun. */
	public void observe(int i, Gender gender) {
		if (genders.get(i) == Gender.UNKNOWN) {
			genders.set(i, gender);
		}
	}

	/** Whether {@code name} names a body (a word like Ministry or Bank in it, an acronym, "the ..."), not a person. */
	public static boolean isBodyName(String name) {
		String s = name.strip();
		if (s.isEmpty()) {
			return false;
		}
		List<String> w = words(s);
		return w.stream().anyMatch(Mentions::isOrganisationWord) || Character.isLowerCase(s.charAt(0))
				|| w.get(0).equals("the") || s.length() >= 2 && s.chars().filter(Character::isLetter)
						.allMatch(Character::isUpperCase);
	}

	private boolean isBody(int i) {
		return knownBodies.contains(i) || bodyNames.computeIfAbsent(persons.get(i).name(), SpeakerRegistry::isBodyName);
	}

	private void named(int i) {
		recent.remove(Integer.valueOf(i));
		recent.add(i);
	}

	/** The persons in the order they were first quoted. */
	public List<Person> persons() {
		return List.copyOf(persons);
	}

	private Person place(String name, String role, Mention mention) {
		int[] spelled = spelledOut(name);
		if (spelled != null) { // "the OBR" of a text that names the Office for Budget Responsibility: the full name
			return new Person(text.substring(spelled[0], spelled[1]), role, spelled[0], spelled[1]);
		}
		int[] best = null;
		for (int at = nextWhole(name, 0); at >= 0 && mention.person(); at = nextWhole(name, at + 1)) {
			int[] span = { at, at + name.length() };
			if (words(name).size() > 1) {
				best = span; // the first mention of a full name
				break;
			}
			if (inTitleCaseLine(at) && nextWhole(name, at + 1) >= 0) {
				continue; // "Governor Whitfield Unveils Three-Pronged Strategy": a headline's words are no name
			}
			int[] extended = extend(span[0], span[1]); // "Lee" first appears as "Lee Jae-myung": the full name
			List<String> full = words(text.substring(extended[0], extended[1]));
			if (full.size() <= 4 && full.stream().noneMatch(Mentions::isOrganisationWord)) {
				span = extended;
			}
			boolean fuller = span[1] - span[0] > name.length();
			if (best == null || fuller) {
				best = span;
			}
			if (fuller || !isLineStart(at)) { // after a headline's "Marcos lifts ...": the next, fuller mention
				break;
			}
		}
		if (best != null) {
			return new Person(text.substring(best[0], best[1]), role, best[0], best[1]);
		}
		return new Person(name, role, mention.start(), mention.end());
	}

	/** The next occurrence of {@code name} at or after {@code from} as whole words (not inside a longer word), or -1. */
	private int nextWhole(String name, int from) {
		for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
			int after = at + name.length();
			if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
					&& (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
				return at;
			}
		}
		return -1;
	}

	/**
	 * The capitalized name the text puts right before "(ACRONYM)" ("the Ghana Cocoa Board (COCOBOD)"), where it first
	 * does so; null if it does not.
	 */
	private int[] nameBeforeBrackets(String acronym) {
		int at = text.indexOf("(" + acronym + ")");
		if (at < 0) {
			return null;
		}
		Matcher run = NAME_BEFORE_BRACKET.matcher(text).region(Math.max(0, at - 120), at);
		if (!run.find()) {
			return null;
		}
		int start = run.start("name") + (run.group("name").startsWith("The ") ? 4 : 0);
		return words(text.substring(start, run.end("name"))).size() >= 2 ? new int[] { start, run.end("name") } : null;
	}

	/** A name of two to eight capitalized words (with of/for/and/the between them) ending right before a bracket. */
	private static final Pattern NAME_BEFORE_BRACKET = Pattern.compile("(?<name>\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:of|for|and|on"
			+ "|the|de|du|des|del|la)\\s+)?\\p{Lu}[\\p{L}'’&-]*){1,7})\\s*$");

	/** Capitalized words that can spell out an acronym: "Office for Budget Responsibility". */
	private static final Pattern CAPITALIZED_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|for|and|on|the)\\s+)?"
			+ "\\p{Lu}[\\p{L}'’-]*){1,7}");
	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,10}");

	/** Where the text first spells out the acronym {@code name} ("OBR"), or null if it does not or it is no acronym. */
	private int[] spelledOut(String name) {
		if (!ACRONYM.matcher(name).matches() || text.indexOf(name.charAt(0)) < 0) {
			return null;
		}
		int[] bracketed = nameBeforeBrackets(name);
		if (bracketed != null) { // "the Ghana Cocoa Board (COCOBOD)": whatever its letters
			return bracketed;
		}
		Matcher run = CAPITALIZED_RUN.matcher(text);
		while (run.find()) {
			String words = run.group();
			int start = run.start();
			while (WHITESPACE.matcher(words).find()) {
				if (abbreviates(name, words)) {
					return new int[] { start, start + words.length() };
				}
				Matcher gap = WHITESPACE.matcher(words);
				gap.find();
				start += gap.end();
				words = words.substring(gap.end());
			}
		}
		return null;
	}

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	/** A name that ends in a lower-case word: a role of someone of the body before it ("X spokeswoman"). */
	private static final Pattern ROLE_END = Pattern.compile("\\s\\p{Ll}+$");
	private static final Pattern RIGHT = Pattern.compile("\\G\\s(\\p{Lu}[\\p{L}'’-]*(?:(?<=Jr|Sr)\\.)?)");
	private static final Pattern LEFT = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*)\\s$");

	private int[] extend(int start, int end) {
		Matcher right = RIGHT.matcher(text);
		while (right.find(end) && !Mentions.isTitle(right.group(1)) && !right.group(1).endsWith("'s")
				&& !right.group(1).endsWith("’s")) {
			end = right.end();
		}
		Matcher left = LEFT.matcher(text.substring(Math.max(0, start - 40), start));
		while (left.find() && !Mentions.isTitle(left.group(1)) && !Mentions.isFunctionWord(left.group(1))
				&& !left.group(1).endsWith("'s")
				&& !left.group(1).endsWith("’s") && start - left.group().length() >= 0
				&& !isSentenceStart(start - left.group().length())) {
			start -= left.group().length();
			left = LEFT.matcher(text.substring(Math.max(0, start - 40), start));
		}
		return new int[] { start, end };
	}

	/** Whether {@code at} is in a line in Title Case (most of its longer words capitalized) with no full stop at its end. */
	private boolean inTitleCaseLine(int at) {
		int start = text.lastIndexOf('\n', at) + 1;
		int end = text.indexOf('\n', at);
		String line = text.substring(start, end < 0 ? text.length() : end).strip();
		if (line.isEmpty() || line.length() > 200 || ".!?\"”".indexOf(line.charAt(line.length() - 1)) >= 0) {
			return false;
		}
		int longer = 0;
		int capitalized = 0;
		for (String w : WHITESPACE.split(line)) {
			if (w.length() >= 4) {
				longer++;
				capitalized += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
			}
		}
		return longer >= 3 && capitalized * 4 >= longer * 3;
	}

	private boolean isLineStart(int at) {
		return at == 0 || text.charAt(at - 1) == '\n';
	}

	private boolean isSentenceStart(int at) {
		int i = at - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		return i < 0 || ".!?\n\"“".indexOf(text.charAt(i)) >= 0;
	}

	private List<String> cached(String name) {
		return wordsOf.computeIfAbsent(name, SpeakerRegistry::words);
	}

	private boolean sameEntity(String a, String b) {
		if (a.equalsIgnoreCase(b) || abbreviates(b, a) || abbreviates(a, b)) {
			return true;
		}
		List<String> wa = cached(a);
		List<String> wb = cached(b);
		if (wa.isEmpty() || wb.isEmpty() || !Character.isUpperCase(a.charAt(0)) || !Character.isUpperCase(b.charAt(0))) {
			return false;
		}
		List<String> shorter = wa.size() <= wb.size() ? wa : wb;
		String longerName = wa.size() <= wb.size() ? b : a;
		List<String> longer = wa.size() <= wb.size() ? wb : wa;
		if (ROLE_END.matcher(longerName).find() && !shorter.contains(longer.get(longer.size() - 1))) {
			return false; // "Deutsche Bahn spokeswoman" is not Deutsche Bahn
		}
		return longer.containsAll(shorter) && shorter.size() < longer.size();
	}

	/**
	 * Whether {@code acronym} is made of the initials of {@code name}, a body's ("WMO", "EU" of "European Union"): of
	 * three letters or more, or of a name with a word like Union or Bank, not a person's "AP" of "Ana Pereira".
	 */
	private static boolean abbreviates(String acronym, String name) {
		return initials(name).equals(acronym) && (acronym.length() >= 3
				|| words(name).stream().anyMatch(Mentions::isOrganisationWord));
	}

	/** "WMO" of "World Meteorological Organization" (of, for, and, the left out); empty for one word. */
	private static String initials(String name) {
		StringBuilder b = new StringBuilder();
		String[] words = WHITESPACE.split(name);
		for (String w : words) {
			if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
				b.append(w.charAt(0));
			}
		}
		return words.length < 2 || b.length() < 2 ? "" : b.toString();
	}

	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		for (String w : WHITESPACE.split(name.toLowerCase(Locale.ROOT))) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}
}

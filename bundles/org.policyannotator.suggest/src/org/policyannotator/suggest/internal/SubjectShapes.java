package org.policyannotator.suggest.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.suggest.internal.Mentions.Mention;

/**
 * Shapes of a reporting verb's subject that name the speaker in a way of their own: a pronoun inside a clause ("a
 * measure it said would"), a fronted adverbial before the subject ("In Chad, which ..., the agency's representative, X,"),
 * a person of a body ("X of the Y alliance"), people counted ("Two sources familiar with the talks") and someone who
 * speaks for a body ("A Ministry of Justice spokesperson").
 */
final class SubjectShapes {
	/** A pronoun after a noun or a relative word at the end of a subject: "a measure it", "which he", "a move it". */
	private static final Pattern EMBEDDED_PRONOUN = Pattern.compile("\\b(?:which|that|whom|what|(?:a|an|the|this|its|his"
			+ "|her|their)\\s+[\\p{Ll}-]+)\\s+(?<p>he|she|it|they)\\s*$");
	/** An adverbial that opens a subject before its commas: "In Chad, which hosts ..., the agency's representative". */
	private static final Pattern FRONTED = Pattern.compile("(?:In|At|On|During|After|Before|From|Under|Across|Amid|Outside"
			+ "|Inside|Across|Back in|Speaking)\\b[^,]{0,60},");
	/** After a comma, what can open a subject: an article or possessive, or a capitalized word (not "which ..."). */
	private static final Pattern SUBJECT_AFTER_COMMA = Pattern.compile("\\s*((?:the|a|an|its|his|her|their)\\s|(?!(?:The|It|This)\\b)"
			+ "\\p{Lu})");
	/** A person of a body given after "of": "Marta Kowalczyk of the Rethink Plastic alliance". */
	private static final Pattern PERSON_OF = Pattern.compile("(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2})"
			+ "\\s+(?:of|from|at)\\s+(?<org>(?:the\\s+)?\\S.{0,60})");
	/** People counted, then who they are: "Two sources familiar with the talks", "several officials in Lagos". */
	private static final Pattern COUNTED_PEOPLE = Pattern.compile("(?i)(?:two|three|four|five|six|seven|eight|nine|ten"
			+ "|several|some|many|a few|a number of|\\d+)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + Mentions.PEOPLE + ")(?:\\s+[^,]{1,60})?");
	/** Someone speaking for a body named before the role: "A Ministry of Justice spokesperson", "a Treasury official". */
	private static final Pattern BODY_PERSON = Pattern.compile("(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\\s+)?(?:senior\\s+)?(?<body>(?!(?:The|An?|One)\\b)\\p{Lu}"
			+ "[\\p{L}'’.&-]*(?:\\s+(?:of|for|and|&|the|\\p{Lu}[\\p{L}'’.&-]*))*)\\s+(?:spokesperson|spokesman|spokeswoman"
			+ "|official|source|representative|aide)\\s*");
	/** A role that speaks for a body, at the end of a subject. */
	private static final Pattern SPEAKS_FOR_END = Pattern.compile("(?:spokesperson|spokesman|spokeswoman|official|source"
			+ "|representative|aide)\\s*$");

	private SubjectShapes() {
	}

	/** The pronoun that ends a subject after a noun or a relative word ("a measure it", "which he"), if so. */
	static Optional<Mention> embeddedPronoun(String text, int start, int end) {
		Matcher embedded = EMBEDDED_PRONOUN.matcher(text).region(Math.max(start, end - 40), end);
		if (endsWithPronoun(text, end) && embedded.find()) {
			return Optional.of(new Mention(embedded.start("p"), embedded.end("p"), embedded.group("p"), "", true, false));
		}
		return Optional.empty();
	}

	/** Where the subject starts after a fronted adverbial and its commas, or -1 when there is none. */
	static int afterFronted(String subject) {
		if (!FRONTED.matcher(subject).lookingAt()) {
			return -1;
		}
		for (int c = subject.indexOf(','); c >= 0; c = subject.indexOf(',', c + 1)) {
			Matcher rest = SUBJECT_AFTER_COMMA.matcher(subject).region(c + 1, subject.length());
			if (rest.lookingAt()) {
				return rest.start(1);
			}
		}
		return -1;
	}

	/** A person named with a first name, then "of", "from" or "at" a body (the person's role), if so. */
	static Optional<Mention> personOfBody(String subject, int start) {
		if (!(subject.contains(" of ") || subject.contains(" from ") || subject.contains(" at "))) {
			return Optional.empty();
		}
		Matcher personOf = PERSON_OF.matcher(subject.strip());
		if (!personOf.matches() || Genders.ofName(personOf.group("name")) == Genders.Gender.UNKNOWN) {
			return Optional.empty();
		}
		String name = personOf.group("name");
		while (name.indexOf(' ') > 0 && Mentions.isTitle(name.substring(0, name.indexOf(' ')))) {
			name = name.substring(name.indexOf(' ') + 1); // "Historian Paul Mertens of ..."
		}
		int s0 = start + subject.indexOf(name);
		return Optional.of(new Mention(s0, s0 + name.length(), name, personOf.group("org"), false, true));
	}

	/** People counted and described ("Two sources familiar with the talks"): a speaker without a name, if so. */
	static Optional<Mention> counted(String trimmed, int start) {
		Matcher counted = COUNTED_PEOPLE.matcher(trimmed);
		if (!counted.matches()) {
			return Optional.empty();
		}
		int s0 = start + counted.start();
		return Optional.of(new Mention(s0, s0 + trimmed.stripTrailing().length() - counted.start(),
				trimmed.substring(counted.start()).strip(), "", false, false));
	}

	/** Someone who speaks for a body named before the role ("A Ministry of Justice spokesperson"), if so. */
	static Optional<Mention> speaksFor(String trimmed, int start) {
		Matcher bodyPerson = BODY_PERSON.matcher(trimmed);
		if (!SPEAKS_FOR_END.matcher(trimmed).find() || !bodyPerson.matches()) {
			return Optional.empty();
		}
		String name = trimmed.substring(bodyPerson.start("body")).strip();
		int s0 = start + bodyPerson.start("body");
		return Optional.of(new Mention(s0, s0 + name.length(), name, "", false, false));
	}

	private static boolean endsWithPronoun(String text, int end) {
		int e = end;
		while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		int s = e;
		while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
			s--;
		}
		return s > 0 && Mentions.isPronoun(text.substring(s, e)) && Character.isWhitespace(text.charAt(s - 1));
	}

}

package org.policyannotator.suggest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker named by the subject of a reporting verb: "Chen Xin, deputy director of NIIS CASS," gives the name
 * Chen Xin and the role; "Chinese President Xi Jinping" gives Xi Jinping; "he" is a pronoun to resolve; "experts" or
 * "A South Korean media outlet" are speakers without a name.
 */
public final class Mentions {
	private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
	private static final Set<String> CONNECTORS = Set.of("of", "to", "for", "at", "de", "van", "von", "der", "da",
			"al", "bin", "del", "la", "le");
	private static final Set<String> NOT_NAMES = Set.of("during", "after", "before", "in", "on", "at", "while",
			"however", "meanwhile", "moreover", "furthermore", "today", "yesterday", "since", "under", "amid",
			"with", "as", "for", "from", "through", "against", "within", "when", "although", "but", "and", "also",
			"still", "now", "then", "thus", "so", "yet", "this", "that", "these", "those", "it", "there", "here",
			"last", "next", "earlier", "later", "according", "by", "of", "to", "the", "a", "an", "if", "once");
	private static final Set<String> TITLES = Set.of("president", "vice-president", "premier", "minister",
			"ambassador", "chancellor", "secretary", "director", "professor", "prof.", "dr.", "dr", "mr.", "mr",
			"mrs.", "mrs", "ms.", "ms", "spokesperson", "spokesman", "spokeswoman", "ceo", "chairman", "chairwoman",
			"chair", "governor", "senator", "king", "queen", "prince", "pope", "general", "mayor", "envoy",
			"representative", "commissioner", "chief", "leader", "founder", "head", "deputy", "counselor",
			"councillor", "adviser", "advisor", "officer", "judge", "justice", "sir", "dame", "lord", "state",
			"foreign", "prime", "vice", "former", "economist", "analyst", "researcher", "fellow");
	private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}][\\p{L}'’.-]*|(?:van|von|der|de|da|di|del|la|le|bin|al|el|ibn|of)");
	private static final Pattern ROLE = Pattern.compile("^(?:(?:a|an|the)\\s+)?\\p{Ll}[^,]*\\b(?:of|at|for|from|with)\\b");
	private static final Pattern NAME_ONLY = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");
	private static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:has|have|had|is|are|was|were|will|would|also|long"
			+ "|once|further|again|repeatedly|previously|earlier|recently|always|never|often|reportedly|then|later|has"
			+ "|had|publicly|openly|clearly|firmly|already|still|even|just))+\\s*$");
	private static final Pattern NON_SPACE = Pattern.compile("\\S+");
	private static final Pattern DETERMINED = Pattern.compile("(?i)^(?:the|a|an|some|many|most|several|other|two|both)\\b.*");

	/**
	 * A speaker mention.
	 *
	 * @param start   start of the name (or noun phrase) in the text
	 * @param end     its end
	 * @param name    the name as written
	 * @param role    role given in apposition, empty if none
	 * @param pronoun whether it is a pronoun to resolve to an earlier speaker
	 * @param person  whether it looks like a person's or body's proper name (capitalized words)
	 */
	public record Mention(int start, int end, String name, String role, boolean pronoun, boolean person) {
	}

	private Mentions() {
	}

	/** The speaker named in {@code text[start, end)}, the subject of a reporting verb. */
	public static Optional<Mention> of(String text, int start, int end) {
		String subject = text.substring(start, end);
		String trimmed = subject.replaceAll("(?i)\\s+who\\s*$", ",").replaceAll("\\s+$", "");
		String role = "";
		int segEnd = trimmed.length();
		if (trimmed.endsWith(",")) { // "Name, role," before the verb
			int roleStart = trimmed.lastIndexOf(',', trimmed.length() - 2);
			if (roleStart < 0) {
				segEnd = trimmed.length() - 1;
			} else {
				role = trimmed.substring(roleStart + 1, trimmed.length() - 1).strip();
				segEnd = roleStart;
			}
		}
		int segStart = trimmed.lastIndexOf(',', segEnd - 1) + 1;
		while (segStart < segEnd && Character.isWhitespace(trimmed.charAt(segStart))) {
			segStart++;
		}
		while (segEnd > segStart && Character.isWhitespace(trimmed.charAt(segEnd - 1))) {
			segEnd--;
		}
		if (segEnd <= segStart) {
			return Optional.empty();
		}
		String segment = trimmed.substring(segStart, segEnd);
		if (role.isEmpty() && segStart > 0 && ROLE.matcher(segment).find()) { // "Name, professor of X" before a verb
			int comma = trimmed.lastIndexOf(',', segStart - 1);
			int previous = trimmed.lastIndexOf(',', comma - 1) + 1;
			String candidate = trimmed.substring(previous, comma).strip();
			if (NAME_ONLY.matcher(candidate).matches()) {
				role = segment;
				segStart = trimmed.indexOf(candidate, previous);
				segEnd = segStart + candidate.length();
				segment = candidate;
			}
		}
		Matcher aux = AUXILIARIES.matcher(segment);
		if (aux.find() && aux.start() > 0) {
			segment = segment.substring(0, aux.start());
			segEnd = segStart + segment.length();
		}
		if (!segment.chars().anyMatch(Character::isLetter)) {
			return Optional.empty();
		}
		int abs = start + segStart;
		String lower = segment.toLowerCase(Locale.ROOT);
		String[] parts = lower.split("\\s+");
		if (PRONOUNS.contains(lower) || (parts.length == 2 && parts[0].equals("the") && TITLES.contains(parts[1]))) {
			// "he", "she", "the minister": the last person named
			return Optional.of(new Mention(abs, abs + segment.length(), segment, role, true, false));
		}
		int[] run = nameRun(segment);
		if (run != null) {
			String name = segment.substring(run[0], run[1]);
			return Optional.of(new Mention(abs + run[0], abs + run[1], name, role, false, true));
		}
		String[] words = segment.split("\\s+");
		if (words.length <= 5 && !lower.startsWith("this") && !lower.startsWith("it ")) {
			return Optional.of(new Mention(abs, abs + segment.length(), segment, role, false, false));
		}
		return Optional.empty();
	}

	/** Whether {@code token} is a title word (President, Minister, Dr., ...). */
	public static boolean isTitle(String token) {
		return TITLES.contains(token.toLowerCase(Locale.ROOT));
	}

	/**
	 * The person named at the start of a sentence ("Chang Dae-whan, chairman of X, reviewed ...", "Ambassador Dai
	 * Bing highlighted ..."): what "he" or "she" in the next sentence refers to. Empty if it does not start with a
	 * person's name.
	 */
	public static Optional<Mention> sentenceSubject(String text, int start, int end) {
		Matcher t = Pattern.compile("[^\\s,]+|,").matcher(text.substring(start, end));
		int prefixEnd = -1;
		while (t.find()) {
			String token = t.group();
			if (token.equals(",") || (Character.isLowerCase(token.charAt(0)) && t.start() > 0
					&& !CONNECTORS.contains(token))) {
				prefixEnd = t.start();
				break;
			}
		}
		if (prefixEnd <= 0) {
			return Optional.empty();
		}
		String first = text.substring(start, end).split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
		if (NOT_NAMES.contains(first)) {
			return Optional.empty(); // "According to X, ...", "During the visit, ..."
		}
		return of(text, start, start + prefixEnd).filter(Mention::person)
				.filter(m -> m.name().contains(" ") || !m.name().toLowerCase(Locale.ROOT).endsWith("ing"));
	}

	/** The trailing run of capitalized words, without titles and the place of "Ambassador to X". */
	private static int[] nameRun(String segment) {
		List<int[]> tokens = new java.util.ArrayList<>();
		Matcher w = NON_SPACE.matcher(segment);
		while (w.find()) {
			tokens.add(new int[] { w.start(), w.end() });
		}
		int last = tokens.size() - 1;
		int i = last;
		while (i >= 0) {
			String token = stripPossessive(segment.substring(tokens.get(i)[0], tokens.get(i)[1]));
			if (!NAME_TOKEN.matcher(token).matches() || TITLES.contains(token.toLowerCase(Locale.ROOT))
					|| NOT_NAMES.contains(token.toLowerCase(Locale.ROOT)) || token.endsWith("ly")) {
				break;
			}
			i--;
		}
		int first = i + 1;
		for (int k = last - 1; k >= first; k--) {
			String token = segment.substring(tokens.get(k)[0], tokens.get(k)[1]);
			if (token.endsWith("'s") || token.endsWith("’s")) {
				first = k + 1; // "South Korea's Ministry of Justice"
				break;
			}
		}
		while (first <= last && segment.substring(tokens.get(first)[0], tokens.get(first)[1]).equals("of")) {
			first++;
		}
		if (first > last) {
			return null;
		}
		if (first == 0 && DETERMINED.matcher(segment).matches()) {
			return null;
		}
		if (last - first >= 2 && i >= 0) {
			String before = segment.substring(tokens.get(i)[0], tokens.get(i)[1]).toLowerCase(Locale.ROOT);
			if (before.equals("to") || before.equals("of") || before.equals("at") || before.equals("for")) {
				first = last - 1; // "Ambassador to South Korea Dai Bing"
			}
		}
		if (first == 0 && last == 0 && tokens.size() == 1) {
			String only = segment.substring(tokens.get(0)[0], tokens.get(0)[1]);
			if (only.length() > 1 && only.substring(1).equals(only.substring(1).toLowerCase(Locale.ROOT))
					&& only.toLowerCase(Locale.ROOT).endsWith("s")) {
				return null; // "Scholars", "Observers": a plural noun at the sentence start
			}
		}
		int end = tokens.get(last)[1];
		String lastToken = segment.substring(tokens.get(last)[0], end);
		end -= lastToken.length() - stripPossessive(lastToken).length();
		return new int[] { tokens.get(first)[0], end };
	}

	private static String stripPossessive(String token) {
		String t = token.replaceAll("[,;:.]+$", "");
		if (t.endsWith("'s") || t.endsWith("’s")) {
			return t.substring(0, t.length() - 2);
		}
		return t;
	}
}

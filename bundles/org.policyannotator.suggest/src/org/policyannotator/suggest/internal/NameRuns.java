package org.policyannotator.suggest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run of words that names someone at the end of a subject: capitalized words and the particles of names ("Ramon
 * dela Paz"), without titles, honorifics ("Datuk Seri"), a possessive or the portfolio of a title ("Ambassador to South
 * Korea Dai Bing"); "for" and "and" only inside a body's name ("Office for National Statistics"); and where a person's
 * name ends and an organisation's begins ("Hiroshi Kondo of Keio University").
 */
final class NameRuns {
	private static final Set<String> HONORIFICS = Set.of("Datuk", "Dato'", "Dato’", "Dato", "Datin", "Tun", "Tunku",
			"Tengku", "Pehin", "Dr.", "Hon.", "Hon", "Honourable", "Honorable", "Rt.");
	private static final Set<String> SERI = Set.of("Seri", "Sri", "Puan", "Paduka");
	private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}][\\p{L}'’.-]*|(?:van|von|der|de|da|di|del|la|le|bin|al|el|ibn|of|dela|delos|della|dos|das|du|ter|ten|zu|bint|ben|abu)");
	private static final Set<String> CONJOINED = Set.of("of", "for", "and", "&");
	private static final Pattern NON_SPACE = Pattern.compile("\\S+");
	private static final Pattern DETERMINED = Pattern.compile("(?i)^(?:the|a|an|some|many|most|several|other|two|both)\\b.*");

	private NameRuns() {
	}

	/**
	 * Where "of ..." starts in "First Last of Some University": a person's name of two or three words followed by
	 * an organisation's; -1 when the name is not so ("Ministry of Health", "Bank of Japan").
	 */
	static int personOfOrganisation(String name) {
		int of = name.indexOf(" of ");
		if (of < 0) {
			return -1;
		}
		String[] person = name.substring(0, of).split("\\s+");
		String[] organisation = name.substring(of + 4).split("\\s+");
		if (person.length < 2 || person.length > 3) {
			return -1;
		}
		for (String word : person) {
			if (Mentions.isOrganisationWord(word) || Mentions.isTitle(word)) {
				return -1;
			}
		}
		boolean named = java.util.Arrays.stream(organisation) // "Keio University", "the University of the Republic"
				.anyMatch(w -> Mentions.isOrganisationWord(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")));
		return named || organisation.length == 1 && organisation[0].length() <= 6
				&& organisation[0].equals(organisation[0].toUpperCase(Locale.ROOT)) ? of : -1;
	}

	/** The trailing run of capitalized words, without titles and the place of "Ambassador to X". */
	static int[] nameRun(String segment, String text) {
		List<int[]> tokens = new java.util.ArrayList<>();
		Matcher w = NON_SPACE.matcher(segment);
		while (w.find()) {
			tokens.add(new int[] { w.start(), w.end() });
		}
		int last = tokens.size() - 1;
		int i = runStart(segment, tokens, true);
		if (i >= 0 && !hasOrganisationWord(segment, tokens, i + 1, last)) {
			i = runStart(segment, tokens, false); // "for" and "and" only inside a body's name
		}
		int first = i + 1;
		for (int k = last - 1; k >= first; k--) {
			String token = segment.substring(tokens.get(k)[0], tokens.get(k)[1]);
			if (token.endsWith("'s") || token.endsWith("’s")) {
				first = k + 1; // "South Korea's Ministry of Justice"
				break;
			}
		}
		while (first <= last && CONJOINED.contains(segment.substring(tokens.get(first)[0], tokens.get(first)[1]))) {
			first++;
		}
		first = afterHonorifics(segment, tokens, first, last);
		if (first > last) {
			return null;
		}
		if (first == 0 && DETERMINED.matcher(segment).matches()) {
			return null;
		}
		if (last - first >= 2 && i >= 0) {
			String before = segment.substring(tokens.get(i)[0], tokens.get(i)[1]).toLowerCase(Locale.ROOT);
			boolean ofThe = before.equals("the") && i > 0 // "Chancellor of the Exchequer Helen Barker"
					&& segment.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]).equalsIgnoreCase("of");
			if (before.equals("to") || before.equals("of") || before.equals("at") || before.equals("for")
					|| before.equals("and") || ofThe) {
				first = nameAfterPortfolio(segment, tokens, first, last, text); // "Ambassador to South Korea Dai Bing"
			}
		}
		if (first == 0 && last == 0 && tokens.size() == 1) {
			String only = segment.substring(tokens.get(0)[0], tokens.get(0)[1]);
			if (only.length() > 1 && only.substring(1).equals(only.substring(1).toLowerCase(Locale.ROOT))
					&& only.toLowerCase(Locale.ROOT).endsWith("s") && !Mentions.namedElsewhere(text, only)) {
				return null; // "Scholars", "Observers": a plural noun at the sentence start
			}
		}
		int end = tokens.get(last)[1];
		String lastToken = segment.substring(tokens.get(last)[0], end);
		if (!lastToken.equals("Jr.") && !lastToken.equals("Sr.")) { // "Ferdinand Marcos Jr." keeps its full stop
			end -= lastToken.length() - stripPossessive(lastToken).length();
		}
		return new int[] { tokens.get(first)[0], end };
	}

	/**
	 * The first token of a name after Malaysian and Bruneian honorifics ("Datuk Seri Azman Hashim", "Tan Sri X",
	 * "Dato' Y"), which are no part of it; {@code first} when there are none or no name would be left.
	 */
	private static int afterHonorifics(String segment, List<int[]> tokens, int first, int last) {
		int k = first;
		String t = k <= last ? segment.substring(tokens.get(k)[0], tokens.get(k)[1]) : "";
		if (HONORIFICS.contains(t)) {
			k++;
		} else if ((t.equals("Tan") || t.equals("Puan") || t.equals("Toh")) && k + 1 <= last
				&& SERI.contains(segment.substring(tokens.get(k + 1)[0], tokens.get(k + 1)[1]))) {
			k += 2;
		}
		if (k > first && k <= last && SERI.contains(segment.substring(tokens.get(k)[0], tokens.get(k)[1]))) {
			k++;
		}
		return k > first && last - k >= 1 ? k : first;
	}

	/**
	 * Index of the token before the trailing run of name words ({@code -1} if the run is the whole segment); with
	 * {@code bodies}, "for", "and" and "&" between capitalized words are in the run ("Office for National Statistics",
	 * "Canada Mortgage and Housing Corporation").
	 */
	private static int runStart(String segment, List<int[]> tokens, boolean bodies) {
		int last = tokens.size() - 1;
		int i = last;
		while (i >= 0) {
			String token = stripPossessive(segment.substring(tokens.get(i)[0], tokens.get(i)[1]));
			boolean between = i > 0 && i < last && Character.isUpperCase(segment.charAt(tokens.get(i - 1)[0]));
			boolean theAfterOf = token.equals("the") && i > 1 && i < last // "University of the Republic"
					&& segment.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]).equals("of")
					&& Character.isUpperCase(segment.charAt(tokens.get(i + 1)[0]))
					&& Character.isUpperCase(segment.charAt(tokens.get(i - 2)[0]));
			boolean inName = theAfterOf || between && (token.equals("of") // "Ministry of Health", "Kondo of Keio University"
					|| bodies && (token.equals("for") || token.equals("and") || token.equals("&"))
							&& !Mentions.isTitle(stripPossessive(segment.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]))));
			if (!inName && (!NAME_TOKEN.matcher(token).matches() || Mentions.isTitle(token)
					|| Mentions.isFunctionWord(token) || token.endsWith("ly"))) {
				break;
			}
			i--;
		}
		return i;
	}

	private static boolean hasOrganisationWord(String segment, List<int[]> tokens, int from, int to) {
		for (int k = from; k <= to; k++) {
			String word = stripPossessive(segment.substring(tokens.get(k)[0], tokens.get(k)[1])).toLowerCase(Locale.ROOT);
			if (Mentions.isOrganisationWord(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the person's name starts in a run after a title's portfolio ("Minister for Health and Aged Care Rebecca
	 * Lang"): the longest tail of two or more words that the text also names without the word before it (the
	 * release's header "Rebecca Lang MP"), else the last two words.
	 */
	private static int nameAfterPortfolio(String segment, List<int[]> tokens, int first, int last, String text) {
		for (int k = first + 1; k < last; k++) {
			String tail = segment.substring(tokens.get(k)[0], tokens.get(last)[1]);
			String longer = segment.substring(tokens.get(k - 1)[0], tokens.get(last)[1]);
			if (count(text, tail) > count(text, longer)) {
				return k;
			}
		}
		return last - 1;
	}

	private static int count(String text, String s) {
		int n = 0;
		for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
			n++;
		}
		return n;
	}

	private static String stripPossessive(String token) {
		int end = token.length();
		while (end > 0 && ",;:.".indexOf(token.charAt(end - 1)) >= 0) {
			end--;
		}
		String t = token.substring(0, end);
		if (t.endsWith("'s") || t.endsWith("’s")) {
			return t.substring(0, t.length() - 2);
		}
		return t;
	}
}

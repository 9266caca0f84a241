package org.policyannotator.suggest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;
import org.policyannotator.suggest.internal.QuotationMarks;

/**
 * Direct quotes: the words inside quotation marks (straight, curly, low-high, guillemets, corner brackets), also over
 * several paragraphs when each paragraph opens with a mark. Scare quotes, titles and phrases are left out: a quote
 * must end with punctuation inside the marks or be at least four words with a verb of saying in its sentence, and
 * not be in title case.
 */
public final class DirectQuoteSuggester implements Suggester {
	/** This rule's id. */
	public static final String ID = "org.policyannotator.suggest.direct-quotes";
	private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|added|adds|asked|stated"
			+ "|noted|stressed|emphasi[sz]ed|remarked|wrote|writes|explained|argued|insisted|warned|declared|recalled"
			+ "|according to|quoted|quoting|continued|exclaimed|replied|responded|calling|describing|described)\\b");
	/**
	 * A preposition or article right before the opening mark: the quotation is a noun phrase ("warned of "grave
	 * risks"", "described it as a "turning point"").
	 */
	private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:of|for|about|against|over|into|from|on"
			+ "|with|without|toward|towards|under|by|as|a|an|the|its|their|his|her)[\\s\"“«„「‘']*$");
	/**
	 * A reporting verb and words of its clause right before the opening mark: the quotation is a fragment of indirect
	 * speech ("said tech companies had "failed every test"", "said the codes should be “short and clear”",
	 * "according to Price, the plan "borrows from ...""); not a whole clause in marks right after "that" ("argued in a
	 * speech that "the federal role is to fund"").
	 */
	private static final Pattern REPORTED_BEFORE = Pattern.compile("(?i)\\b(?:according\\s+to\\s+[^,\"“«„「‘'.;]{1,80},"
			+ "|said|says|told \\w+|added|stressed|noted"
			+ "|warned|argued|insisted|wrote|believes|believed|stated|affirmed|explained|claimed|maintained|declared"
			+ "|acknowledged|announced|estimated|reported|agreed|suggested|cautioned|complained|conceded)(?:\\s+that)?"
			+ "\\s+(?!that\\b)(?:[^\\s\"“«„「‘']+\\s+){1,12}"
			+ "(?<!\\bthat\\s)[\"“«„「‘']$");
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	/** A relative or subordinate clause in marks continues the writer's sentence: "which protects us from ...". */
	private static final Pattern RELATIVE = Pattern.compile("(?:which|who|whose|whom|because|although|while|whereas)\\b");
	/** "he said," or "said Kim," right before a comma: the quote that follows is the speaker's, continued. */
	private static final Pattern SAYING_BEFORE_COMMA = Pattern.compile("(?i)\\b(?:said|says|added|adds|told \\w+|continued"
			+ "|went on|insisted|stressed|noted|argued|explained|wrote)(?:\\s+[\\p{L}.'’-]+){0,4}$");
	private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "for", "and", "or", "in", "on", "to",
			"with", "at", "by", "from");

	/** Creates the rule. */
	public DirectQuoteSuggester() {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "Direct quotes: words in quotation marks attributed to someone (not titles or scare quotes)";
	}

	@Override
	public Set<String> types() {
		return Set.of("quote");
	}

	@Override
	public List<Suggestion> suggest(SuggestContext context) {
		String text = context.text();
		List<Suggestion> found = new ArrayList<>();
		List<List<Suggestion.Range>> marked = QuotationMarks.find(text);
		for (List<Suggestion.Range> quote : marked) {
			List<Suggestion.Range> spans = quote.stream().map(r -> trim(text, r)).filter(r -> r != null).toList();
			if (spans.isEmpty() || !isQuote(context, spans) || repeatsAHeadline(text, spans, marked)) {
				continue;
			}
			found.add(new Suggestion(context.newKey(), "quote", spans,
					new java.util.TreeMap<>(Map.of("kind", new AttributeValue.Text("direct"))), ID, List.of(), ""));
		}
		return found;
	}

	/**
	 * A quote in the first line (the headline) whose words the article quotes again in quotation marks: tagged where
	 * the body has it (words the body only says unquoted, as an interview's answers, leave the headline's quote).
	 */
	private static boolean repeatsAHeadline(String text, List<Suggestion.Range> spans, List<List<Suggestion.Range>> marked) {
		Suggestion.Range first = spans.get(0);
		int lineEnd = text.indexOf('\n');
		if (spans.size() > 1 || lineEnd < 0 || first.end() > lineEnd) {
			return false;
		}
		String words = text.substring(first.start(), first.end());
		if (words.length() < 12) {
			return false;
		}
		for (int at = text.indexOf(words, lineEnd); at > 0; at = text.indexOf(words, at + 1)) {
			int found = at;
			if (marked.stream().flatMap(List::stream).anyMatch(r -> r.start() <= found && found < r.end())) {
				return true;
			}
		}
		return false;
	}

	/** "'We cannot tax our way out of this': Norway's finance minister on ...": a quote that opens a line before a colon. */
	private static boolean headlineQuote(String text, Suggestion.Range r) {
		return r.start() >= 1 && (r.start() == 1 || text.charAt(r.start() - 2) == '\n') && r.end() + 1 < text.length()
				&& text.charAt(r.end() + 1) == ':';
	}

	private static Suggestion.Range trim(String text, Suggestion.Range r) {
		int s = r.start();
		int e = r.end();
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
			e--;
		}
		return e > s ? new Suggestion.Range(s, e) : null;
	}

	private static boolean isQuote(SuggestContext context, List<Suggestion.Range> spans) {
		String text = context.text();
		if (spans.size() > 1) {
			return true;
		}
		Suggestion.Range r = spans.get(0);
		String inside = text.substring(r.start(), r.end());
		String[] words = WHITESPACE.split(inside);
		long ideographs = inside.codePoints().filter(Character::isIdeographic).count();
		if (ideographs > 0) { // no spaces between words: count about two characters a word
			words = new String[(int) Math.max(words.length, ideographs / 2)];
			java.util.Arrays.fill(words, "x");
		}
		boolean punctuated = ".!?…。！？".indexOf(inside.charAt(inside.length() - 1)) >= 0
				|| (r.end() < text.length() && text.charAt(r.end()) == ',' && !Character.isLowerCase(inside.charAt(0)))
				|| (r.end() + 1 < text.length() && "\"”’»」".indexOf(text.charAt(r.end())) >= 0
						&& text.charAt(r.end() + 1) == ',' && !Character.isLowerCase(inside.charAt(0))); // «...», X said
		if (isTitle(words)) {
			return false;
		}
		if (headlineQuote(text, r) && words.length >= 3) {
			return true;
		}
		if (Character.isLowerCase(inside.charAt(0)) && fragmentOfReport(context, r)) {
			return false; // said the partnership was "a force for stability." (the full stop inside is the writer's)
		}
		if (Character.isLowerCase(inside.charAt(0)) && insidePhrase(context, r)
				&& (words.length <= 5 && !inside.contains(",") || RELATIVE.matcher(inside).lookingAt())) {
			return false; // called it "a list of old promises.", "in advance, "which protects us ...""
		}
		if (punctuated && words.length >= 3) {
			return true;
		}
		if (words.length < 4 && !punctuated) {
			return false;
		}
		if (!punctuated && words.length < 8 && !inside.contains(",")
				&& PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, r.start() - 20), r.start()))
						.find()) {
			return false;
		}
		int sentence = context.sentences().indexAt(r.start());
		int from = context.sentences().start(sentence);
		int last = context.sentences().indexAt(Math.min(text.length() - 1, r.end()));
		int to = Math.max(context.sentences().end(Math.max(sentence, last)), r.end() + 1);
		String around = text.substring(from, Math.max(from, r.start() - 1)) + " "
				+ text.substring(Math.min(to, r.end() + 1), to);
		return SAYING.matcher(around).find();
	}

	/**
	 * Whether the opening mark continues the writer's phrase: a word right before it, or a comma that follows no
	 * reporting verb ("he said, "with every ..."" continues the speaker's words instead).
	 */
	private static boolean insidePhrase(SuggestContext context, Suggestion.Range r) {
		String text = context.text();
		int from = context.sentences().start(context.sentences().indexAt(r.start()));
		int i = r.start() - 2; // before the opening mark
		while (i >= from && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		if (i < from) {
			return false;
		}
		char c = text.charAt(i);
		if (Character.isLetterOrDigit(c)) {
			return true;
		}
		return c == ',' && !SAYING_BEFORE_COMMA.matcher(text.substring(Math.max(from, i - 40), i)).find();
	}

	private static boolean fragmentOfReport(SuggestContext context, Suggestion.Range r) {
		int sentence = context.sentences().indexAt(r.start());
		int from = context.sentences().start(sentence);
		int to = Math.min(context.text().length(), r.start());
		return from < to && REPORTED_BEFORE.matcher(context.text().substring(from, to)).find();
	}

	private static boolean isTitle(String[] words) {
		int capitalized = 0;
		int counted = 0;
		for (String word : words) {
			if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || SMALL.contains(word)) {
				continue;
			}
			counted++;
			if (Character.isUpperCase(word.charAt(0))) {
				capitalized++;
			}
		}
		return counted >= 2 && capitalized * 10 >= counted * 7;
	}
}

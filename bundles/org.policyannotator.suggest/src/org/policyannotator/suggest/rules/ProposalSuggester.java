package org.policyannotator.suggest.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;
import org.policyannotator.suggest.internal.Datelines;
import org.policyannotator.suggest.internal.NumberWords;
import org.policyannotator.suggest.internal.PointSeries;
import org.policyannotator.model.text.Sentences;

/**
 * Proposals declared with a number of points ("a four-point proposal", "a 5-point plan", "a three-pronged
 * initiative") and their points: the nearest series of ordinals (First, ... Second, ...), numbered or bulleted lines,
 * or an enumeration after "namely" or a colon, in the same or a neighbouring paragraph. When the series found does
 * not have N points, no point is proposed and the proposal carries the finding ("3 of 4 points found"). A series of
 * ordinals with no declared proposal (an essay's own "First, ... Second, ...") is not a proposal.
 */
public final class ProposalSuggester implements Suggester {
	/** This rule's id. */
	public static final String ID = "org.policyannotator.suggest.proposals";
	private static final Pattern DECLARED = Pattern.compile("(?i)\\b(?<n>\\d{1,2}|" + NumberWords.PATTERN + ")[- ]"
			+ "(?:point|pronged|part|step|item)\\s+(?:[\\w-]+\\s+){0,2}?(?<kind>proposals?|plans?|initiatives?|consensus|agenda"
			+ "|road ?maps?|programmes?|programs?|frameworks?|strateg(?:y|ies)|package|principles|measures|suggestions"
			+ "|recommendations|demands|peace plan|action plan|reforms?|blueprints?|charter|declaration|manifesto|pact"
			+ "|vision|approach|priorities|commitments|guarantees|conditions|accord|deal|agreement|compact|formula|offer"
			+ "|scheme|platform|polic(?:y|ies)|list|mechanism|settlement|ceasefire|truce)\\b");
	private static final List<String> ANCHORS = List.of("point", "pronged", "part", "step", "item");
	/**
	 * "three recommendations:", "five key measures, namely": a count of items and the list announced after it (found
	 * by the items' noun first, then the count before it, so the text is not tried for a number at every word).
	 */
	private static final Pattern LISTED_KIND = Pattern.compile("(?i)\\b(?:recommendations|proposals|measures|steps"
			+ "|priorities|principles|demands|suggestions|actions|reforms|points|commitments)(?:\\s*:|,?\\s+(?:namely"
			+ "|as follows)\\b)");
	private static final java.util.Set<String> LISTED_KINDS = java.util.Set.of("recommendations", "proposals",
			"measures", "steps", "priorities", "principles", "demands", "suggestions", "actions", "reforms", "points",
			"commitments");
	/**
	 * "announced three steps to cool prices." followed by "First, ... Second, ... Third, ...": a count of items without
	 * a colon, a proposal only when the next sentences give exactly that many points.
	 */
	private static final Pattern COUNTED_KIND = Pattern.compile("(?i)\\b(?:recommendations|proposals|measures|steps"
			+ "|priorities|principles|demands|suggestions|actions|reforms|commitments)\\b");
	private static final Pattern LISTED_COUNT = Pattern.compile("(?i)\\b(?<n>\\d{1,2}|" + NumberWords.PATTERN + ")\\s+"
			+ "(?:(?:key|main|concrete|specific|policy|core|major|practical|urgent)\\s+)?$");

	/** Creates the rule. */
	public ProposalSuggester() {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "N-point proposals and their points (ordinals, numbered lists, enumerations), with the count checked";
	}

	@Override
	public Set<String> types() {
		return Set.of("proposal", "proposal-point");
	}

	@Override
	public List<Suggestion> suggest(SuggestContext context) {
		String text = context.text();
		Sentences sentences = context.sentences();
		List<Suggestion> found = new ArrayList<>();
		int coveredUntil = -1;
		for (Declaration d : declarations(text)) {
			MatchResult m = d.match();
			Optional<BigDecimal> n = NumberWords.value(m.group("n"));
			if (n.isEmpty() || n.get().intValue() < 2 || m.start() < coveredUntil
					|| isHeadline(text, sentences, sentences.indexAt(m.start()))) {
				continue;
			}
			int declared = n.get().intValue();
			int sentence = sentences.indexAt(m.start());
			int start = sentences.start(sentence) + Datelines.end(text.substring(sentences.start(sentence), m.start()));
			int end = sentences.end(sentence);
			int coveredBefore = coveredUntil;
			coveredUntil = end;
			String key = context.newKey();
			Map<String, AttributeValue> attributes = new LinkedHashMap<>();
			attributes.put("points", new AttributeValue.Number(BigDecimal.valueOf(declared)));
			Suggestion proposal = Suggestion.of(key, "proposal", start, end, attributes, ID);
			List<List<int[]>> candidates = PointSeries.near(text, sentences, sentence, m.end(), declared);
			List<int[]> points = candidates.stream().filter(c -> c.size() == declared).findFirst()
					.orElse(candidates.isEmpty() ? List.of() : candidates.get(0));
			if (d.counted() && points.size() != declared) {
				coveredUntil = coveredBefore;
				continue; // "took three steps last year" with no three points after it: no proposal
			}
			if (points.size() != declared) {
				proposal = proposal.withNote(points.size() + " of " + declared + " points found");
				found.add(proposal);
				continue;
			}
			found.add(proposal);
			for (int i = 0; i < points.size(); i++) {
				int[] p = points.get(i);
				found.add(Suggestion.of(context.newKey(), "proposal-point", p[0], p[1],
						Map.of("ordinal", new AttributeValue.Number(BigDecimal.valueOf(i + 1))), ID)
						.withLink(new Suggestion.Link("point-of", key)));
			}
		}
		return found;
	}

	/**
	 * A declaration found in the text: its match (with the group {@code n}) and whether it is a count of items with
	 * no colon after it ("three steps to cool prices."), a proposal only if that many points follow.
	 */
	private record Declaration(MatchResult match, boolean counted) {
	}

	/** Where the next "-point", " pronged", ... (a hyphen or space, the word, a space) starts at or after {@code from}. */
	private static int nextAnchor(String text, int from) {
		int n = text.length();
		for (int i = from; i < n - 5; i++) {
			char c = text.charAt(i);
			if (c != '-' && c != ' ') {
				continue;
			}
			for (String a : ANCHORS) {
				int after = i + 1 + a.length();
				if (after < n && Character.isWhitespace(text.charAt(after)) && text.regionMatches(true, i + 1, a, 0, a.length())) {
					return i;
				}
			}
		}
		return -1;
	}

	/**
	 * Where the next word that can name listed items ("recommendations", "measures") starts at or after {@code from}, or
	 * -1: a scan of words with a set lookup instead of trying the pattern's alternatives at every character.
	 */
	private static int nextKindWord(String text, int from) {
		int i = from;
		int n = text.length();
		while (i < n) {
			while (i < n && !Character.isLetter(text.charAt(i))) {
				i++;
			}
			int s = i;
			while (i < n && Character.isLetter(text.charAt(i))) {
				i++;
			}
			if (i - s >= 5 && i - s <= 15 && "rpmsdacRPMSDAC".indexOf(text.charAt(s)) >= 0
					&& (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
					&& LISTED_KINDS.contains(text.substring(s, i).toLowerCase(java.util.Locale.ROOT))) {
				return s;
			}
		}
		return -1;
	}

	/** The declarations of both kinds, in text order. */
	private static List<Declaration> declarations(String text) {
		List<Declaration> all = new ArrayList<>();
		int searched = 0;
		for (int anchor = nextAnchor(text, 0); anchor >= 0; anchor = nextAnchor(text, anchor + 1)) {
			// the number is tried only before "-point", "-pronged", ...: not at every word
			Matcher declared = DECLARED.matcher(text).region(Math.max(searched, anchor - 30),
					Math.min(text.length(), anchor + 90));
			if (declared.find() && declared.start() <= anchor) {
				all.add(new Declaration(declared.toMatchResult(), false));
				searched = declared.end();
			}
		}
		Matcher kind = LISTED_KIND.matcher(text);
		Matcher counted = COUNTED_KIND.matcher(text);
		for (int at = nextKindWord(text, 0); at >= 0; at = nextKindWord(text, at + 1)) {
			boolean listed = kind.region(at, text.length()).lookingAt();
			if (!listed && !counted.region(at, text.length()).lookingAt()) {
				continue;
			}
			int from = Math.max(0, at - 40);
			Matcher count = LISTED_COUNT.matcher(text).region(from, at);
			if (count.find()) {
				all.add(new Declaration(count.toMatchResult(), !listed));
			}
		}
		all.sort(java.util.Comparator.comparingInt(d -> d.match().start()));
		return all;
	}

	/**
	 * Whether a sentence is a headline: a line of its own without closing punctuation. It announces the proposal
	 * that the story's own sentence then declares, which is the one tagged.
	 */
	private static boolean isHeadline(String text, Sentences sentences, int i) {
		int start = sentences.start(i);
		int end = sentences.end(i);
		boolean ownLine = (start == 0 || text.charAt(start - 1) == '\n') && (end == text.length()
				|| text.charAt(end) == '\n' || text.charAt(end) == '\r');
		return ownLine && ".!?:;…\"”»」)".indexOf(text.charAt(end - 1)) < 0;
	}
}

package org.policyannotator.suggest.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;
import org.policyannotator.suggest.internal.NumberWords;
import org.policyannotator.suggest.internal.PointSeries;
import org.policyannotator.suggest.internal.Sentences;

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
			+ "|recommendations|demands|peace plan|action plan)\\b");

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
		Matcher m = DECLARED.matcher(text);
		int coveredUntil = -1;
		while (m.find()) {
			Optional<BigDecimal> n = NumberWords.value(m.group("n"));
			if (n.isEmpty() || n.get().intValue() < 2 || m.start() < coveredUntil) {
				continue;
			}
			int declared = n.get().intValue();
			int sentence = sentences.indexAt(m.start());
			int start = sentences.start(sentence);
			int end = sentences.end(sentence);
			coveredUntil = end;
			String key = context.newKey();
			Map<String, AttributeValue> attributes = new LinkedHashMap<>();
			attributes.put("points", new AttributeValue.Number(BigDecimal.valueOf(declared)));
			Suggestion proposal = Suggestion.of(key, "proposal", start, end, attributes, ID);
			List<List<int[]>> candidates = PointSeries.near(text, sentences, sentence);
			List<int[]> points = candidates.stream().filter(c -> c.size() == declared).findFirst()
					.orElse(candidates.isEmpty() ? List.of() : candidates.get(0));
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
}

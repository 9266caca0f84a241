package org.policyannotator.suggest;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Runs suggesters in order on one text and returns what they propose, restricted to some tag types. */
public final class SuggestionRun {

	private SuggestionRun() {
	}

	/**
	 * The suggestions of {@code suggesters} on {@code text}.
	 *
	 * @param types the tag types wanted; empty for all. A suggester is run when it proposes one of them (attribution
	 *              runs for quotes, as it links them), and only suggestions of those types are returned.
	 */
	public static List<Suggestion> run(String text, List<Suggester> suggesters, Collection<String> types) {
		Set<String> wanted = Set.copyOf(types);
		SuggestContext context = new SuggestContext(text);
		for (Suggester suggester : suggesters) {
			if (wanted.isEmpty() || suggester.types().stream().anyMatch(wanted::contains)) {
				context.addAll(suggester.suggest(context));
			}
		}
		return context.found().stream().filter(s -> wanted.isEmpty() || wanted.contains(s.type()))
				.map(s -> wanted.isEmpty() ? s : withoutLinksOutside(s, wanted, context.found())).toList();
	}

	private static Suggestion withoutLinksOutside(Suggestion s, Set<String> wanted, List<Suggestion> all) {
		List<Suggestion.Link> kept = s.links().stream().filter(l -> all.stream()
				.anyMatch(t -> t.key().equals(l.targetKey()) && wanted.contains(t.type()))).toList();
		return kept.size() == s.links().size() ? s
				: new Suggestion(s.key(), s.type(), s.spans(), s.attributes(), s.rule(), kept, s.note());
	}
}

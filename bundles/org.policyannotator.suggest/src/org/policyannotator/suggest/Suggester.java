package org.policyannotator.suggest;

import java.util.List;
import java.util.Set;

/**
 * One rule that proposes annotations in a document's text. Implementations are stateless and thread-safe; they are
 * run in order by {@link SuggestionRun}, each seeing what the earlier ones found (so that attribution can link the
 * quotes found before it). Contribute one through the extension point {@code org.policyannotator.suggest.suggesters}.
 */
public interface Suggester {

	/** A qualified, stable id, e.g. {@code org.policyannotator.suggest.statistics}; names the rule in reviews. */
	String id();

	/** One line for analysts: what the rule finds. */
	String description();

	/** The tag types this rule may propose (so that a run restricted to some types can skip it). */
	Set<String> types();

	/** The suggestions for {@code context.text()}; may read {@link SuggestContext#found()}. */
	List<Suggestion> suggest(SuggestContext context);
}

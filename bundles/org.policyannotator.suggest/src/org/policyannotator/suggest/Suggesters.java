package org.policyannotator.suggest;

import java.util.ArrayList;
import java.util.List;

import org.policyannotator.suggest.rules.AttributionSuggester;
import org.policyannotator.suggest.rules.DirectQuoteSuggester;
import org.policyannotator.suggest.rules.IndirectSpeechSuggester;
import org.policyannotator.suggest.rules.ProposalSuggester;
import org.policyannotator.suggest.rules.StatisticSuggester;

/**
 * The suggesters there are: the built-in ones, then those contributed through the extension point
 * {@code org.policyannotator.suggest.suggesters} when an extension registry is running (the command line runs
 * without one and gets the built-in ones).
 */
public final class Suggesters {
	/** The extension point's id. */
	public static final String EXTENSION_POINT = "org.policyannotator.suggest.suggesters";

	private Suggesters() {
	}

	/** Statistics, direct quotes, indirect speech, proposals, then speakers and attribution (which links quotes). */
	public static List<Suggester> builtIn() {
		return List.of(new StatisticSuggester(), new DirectQuoteSuggester(), new IndirectSpeechSuggester(),
				new ProposalSuggester(), new AttributionSuggester());
	}

	/** The built-in suggesters and the contributed ones. */
	public static List<Suggester> all() {
		List<Suggester> all = new ArrayList<>(builtIn());
		all.addAll(contributed());
		return all;
	}

	private static List<Suggester> contributed() {
		try {
			return org.policyannotator.suggest.internal.ExtensionSuggesters.load(EXTENSION_POINT);
		} catch (NoClassDefFoundError e) {
			return List.of(); // no extension registry on the class path (command line)
		}
	}
}

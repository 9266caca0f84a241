package org.policyannotator.suggest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.suggest.SuggestContext;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggestion;
import org.policyannotator.model.text.Sentences;
import org.policyannotator.suggest.internal.SpeechFrames;

/**
 * Indirect speech: the clause reported by a verb of saying ("X said (that) ...", "according to X, ...", "..., X
 * added", "X stressed/noted/warned that ..."), as a quote of kind {@code indirect}. Clauses that are direct quotes
 * are left to {@link DirectQuoteSuggester}.
 */
public final class IndirectSpeechSuggester implements Suggester {
	/** This rule's id. */
	public static final String ID = "org.policyannotator.suggest.indirect-speech";

	private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
	/** A clause of three words that is one all the same: "it would appeal", "she will resign". */
	private static final java.util.regex.Pattern SHORT_CLAUSE = java.util.regex.Pattern.compile("(?:it|he|she|they|we)\\s+"
			+ "(?:would|will|could|should|might|must|may|can|had|has|have)\\s+\\p{Ll}{4,}");

	/** Creates the rule. */
	public IndirectSpeechSuggester() {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "Indirect speech: what someone said, stated, noted or stressed (that ...), or 'according to X, ...'";
	}

	@Override
	public Set<String> types() {
		return Set.of("quote");
	}

	@Override
	public List<Suggestion> suggest(SuggestContext context) {
		String text = context.text();
		Sentences sentences = context.sentences();
		List<Suggestion> direct = context.found().stream().filter(s -> s.type().equals("quote")).toList();
		List<Suggestion> found = new ArrayList<>();
		for (int i = headlineEnd(text, sentences); i < sentences.count(); i++) {
			for (SpeechFrames.Frame frame : SpeechFrames.inSentence(context, i)) {
				int s = frame.clauseStart();
				int e = frame.clauseEnd();
				if (e - s < 12 || "\"“«„「'‘".indexOf(text.charAt(s)) >= 0
						|| words(text, s, e) < 4 && !SHORT_CLAUSE.matcher(text).region(s, e).matches()
								&& !SpeechFrames.isShortFigure(text.substring(s, e))
						|| insideDirect(direct, s, e, frame.subjectStart())) {
					continue;
				}
				found.add(Suggestion.of(context.newKey(), "quote", s, e,
						Map.of("kind", new AttributeValue.Text("indirect")), ID));
			}
		}
		return found;
	}

	/**
	 * The first sentence after the headline: "Famine spreads to five more areas of Sudan, U.N.-backed monitor says"
	 * repeats what the article reports, so its report is not suggested (a quoted headline still is, as a direct
	 * quote). The headline is a first line of its own, without a full stop, followed by more text; 0 if there is none.
	 */
	static int headlineEnd(String text, Sentences sentences) {
		if (sentences.count() < 2 || sentences.paragraph(1) == sentences.paragraph(0)) {
			return 0;
		}
		String first = text.substring(sentences.start(0), sentences.end(0)).strip();
		boolean headline = first.length() <= 200 && first.indexOf('\n') < 0 && !first.isEmpty()
				&& ".!?。".indexOf(first.charAt(first.length() - 1)) < 0;
		return headline ? 1 : 0;
	}

	private static int words(String text, int s, int e) {
		return WHITESPACE.split(text.substring(s, e).strip()).length;
	}

	private static boolean insideDirect(List<Suggestion> direct, int s, int e, int subject) {
		for (Suggestion d : direct) {
			int overlap = Math.min(e, d.end()) - Math.max(s, d.start());
			if (overlap > (e - s) / 2 || (subject >= d.start() && subject < d.end())) {
				return true;
			}
		}
		return false;
	}
}

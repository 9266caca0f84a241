package org.policyannotator.suggest;

import java.time.Instant;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.suggest.rules.PatternSuggester;

/**
 * Tag all occurrences of a text (whole words, case ignored) or of a regular expression as suggestions of one tag type:
 * the same rule a team saves in {@link UserRules}, run once. Occurrences already tagged with that type, or rejected
 * before by the annotator, are left alone.
 */
public final class TagAll {
	private TagAll() {
	}

	/**
	 * The rule.
	 *
	 * @throws IllegalArgumentException saying what is wrong: an empty pattern, or an invalid regular expression
	 */
	public static Suggester rule(String type, String pattern, boolean regex) {
		if (pattern.isEmpty()) {
			throw new IllegalArgumentException("nothing to look for: give a text or a regular expression");
		}
		try {
			return new PatternSuggester(type, pattern, regex);
		} catch (PatternSyntaxException e) {
			throw new IllegalArgumentException("invalid regular expression: " + e.getDescription() + " near index "
					+ e.getIndex());
		}
	}

	/** What tagging a document's text adds to an annotator's set (the set is not changed). */
	public static SuggestionWriter.Outcome plan(Corpus corpus, AnnotationSet set, String text, Suggester rule)
			throws CorpusException {
		RejectedSuggestions rejected = RejectedSuggestions.load(corpus.directory(), set.annotator(), set.documentId());
		return SuggestionWriter.plan(set, text, SuggestionRun.run(text, List.of(rule), List.of()), rejected,
				Instant.now());
	}
}

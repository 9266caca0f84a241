package org.policyannotator.ui.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.suggest.RejectedSuggestions;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.SuggestionWriter;

/**
 * Per suggestion rule, how many of its suggestions one annotator accepted, rejected or has still open in a corpus,
 * so that a team sees which rules to trust.
 *
 * @param rule        rule id
 * @param description what it finds
 * @param accepted    suggestions accepted (still in the sets, status accepted)
 * @param rejected    suggestions rejected (remembered in the corpus)
 * @param open        suggestions waiting for review
 */
public record RuleCounts(String rule, String description, int accepted, int rejected, int open) {

	/**
	 * The counts of every rule (and of rules seen in the sets but not installed) for one annotator.
	 *
	 * @param open a set being edited (counted as it is now, not as saved), or null
	 */
	public static List<RuleCounts> of(Corpus corpus, String annotator, List<Suggester> suggesters,
			org.policyannotator.model.AnnotationSet open) throws CorpusException {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (Suggester s : suggesters) {
			counts.put(s.id(), new int[3]);
			descriptions.put(s.id(), s.description());
		}
		java.util.Set<String> documents = new java.util.LinkedHashSet<>(corpus.documentIdsAnnotatedBy(annotator));
		if (open != null) {
			documents.add(open.documentId());
		}
		for (String document : documents) {
			var set = open != null && open.documentId().equals(document) ? open : corpus.loadSet(annotator, document);
			for (Annotation a : set.annotations()) {
				SuggestionWriter.ruleOf(a).ifPresent(rule -> counts.computeIfAbsent(rule, r -> new int[3])[a
						.status() == AnnotationStatus.ACCEPTED ? 0 : 2]++);
			}
		}
		for (String document : corpus.documentIds()) {
			for (RejectedSuggestions.Entry e : RejectedSuggestions.load(corpus.directory(), annotator, document)
					.entries()) {
				counts.computeIfAbsent(e.rule().isEmpty() ? "(unknown)" : e.rule(), r -> new int[3])[1]++;
			}
		}
		return counts.entrySet().stream().map(e -> new RuleCounts(e.getKey(),
				descriptions.getOrDefault(e.getKey(), ""), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
				.toList();
	}
}

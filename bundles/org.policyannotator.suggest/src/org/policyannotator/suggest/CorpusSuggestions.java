package org.policyannotator.suggest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

/**
 * Suggests on documents of a corpus and saves the suggestions into an annotator's sets. Speakers get one name per
 * person across the documents run ({@link SpeakerNames}).
 */
public final class CorpusSuggestions {
	private final Corpus corpus;
	private final List<Suggester> suggesters;
	private final Collection<String> types;
	private final SpeakerNames speakers = new SpeakerNames();

	/**
	 * @param corpus     the corpus
	 * @param suggesters the rules to run, in order
	 * @param types      tag types wanted, empty for all
	 */
	public CorpusSuggestions(Corpus corpus, List<Suggester> suggesters, Collection<String> types) {
		this.corpus = corpus;
		this.suggesters = List.copyOf(suggesters);
		this.types = List.copyOf(types);
	}

	/**
	 * What a run on one document did.
	 *
	 * @param documentId  the document
	 * @param suggestions what the rules proposed
	 * @param outcome     what was (or, for a dry run, would be) added
	 * @param text        the document text
	 */
	public record DocumentResult(String documentId, List<Suggestion> suggestions, SuggestionWriter.Outcome outcome,
			String text) {
	}

	/**
	 * Suggests on one document and, unless {@code dryRun}, saves the annotator's set (atomically; suggestions that
	 * are there already, overlap an annotation of their type or were rejected before are not added).
	 */
	public DocumentResult run(String documentId, String annotator, boolean dryRun) throws CorpusException {
		Document document = corpus.loadDocument(documentId);
		String text = document.text();
		AnnotationSet set = corpus.loadSet(annotator, documentId);
		set.annotations().stream().filter(a -> a.type().equals("speaker"))
				.forEach(a -> a.attribute("name").ifPresent(n -> speakers.add(n.display())));
		List<Suggestion> suggestions = speakers.apply(SuggestionRun.run(text, suggesters, types));
		RejectedSuggestions rejected = RejectedSuggestions.load(corpus.directory(), annotator, documentId);
		Instant now = Instant.now();
		if (dryRun) {
			return new DocumentResult(documentId, suggestions, SuggestionWriter.plan(set, text, suggestions, rejected, now),
					text);
		}
		SuggestionWriter.Outcome outcome = SuggestionWriter.write(set, text, suggestions, rejected, now);
		if (!outcome.added().isEmpty()) {
			corpus.saveSet(set);
		}
		return new DocumentResult(documentId, suggestions, outcome, text);
	}
}

package org.policyannotator.search;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.speakers.SpeakerPersons;
import org.policyannotator.search.internal.AnnotationIndex;
import org.policyannotator.search.internal.IndexedAnnotation;
import org.policyannotator.search.internal.IndexedSet;

/**
 * The speaker names of a whole corpus, every annotator's, read from the search index (brought up to date first, so
 * only changed sets are read): what a {@link SpeakerPersons speaker registry} of the corpus is made of.
 */
public final class CorpusSpeakers {
	private CorpusSpeakers() {
	}

	/**
	 * The distinct speaker names of the corpus's sets (sets that cannot be read are left out).
	 *
	 * @param cancelled polled while files are re-read
	 * @throws CorpusException if the documents or annotators cannot be listed
	 */
	public static Set<String> names(Corpus corpus, BooleanSupplier cancelled) throws CorpusException {
		Set<String> names = new TreeSet<>();
		for (IndexedSet set : new AnnotationIndex(corpus).refresh(cancelled).sets().values()) {
			for (IndexedAnnotation annotation : set.annotations()) {
				if (!annotation.speaker().isEmpty()) {
					names.add(annotation.speaker());
				}
			}
		}
		return names;
	}

	/** The speaker registry of the corpus. */
	public static SpeakerPersons registry(Corpus corpus, BooleanSupplier cancelled) throws CorpusException {
		return new SpeakerPersons(names(corpus, cancelled));
	}
}

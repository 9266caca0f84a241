package org.policyannotator.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.CorpusWrites;

/**
 * Tags hits as annotations of one type in one annotator's sets ("tag all"): one save per document, only that
 * annotator's sets are read and written. A hit already tagged with the type at exactly its place is skipped.
 */
public final class HitTagger {

	/**
	 * What tagging did.
	 *
	 * @param documents documents whose set changed
	 * @param added     annotations added
	 * @param skipped   hits that were already tagged with the type
	 */
	public record Report(int documents, int added, int skipped) {
	}

	private HitTagger() {
	}

	/** Groups hits by document, keeping the order in which the documents first appear. */
	public static Map<String, List<Hit>> byDocument(List<Hit> hits) {
		Map<String, List<Hit>> grouped = new LinkedHashMap<>();
		hits.forEach(hit -> grouped.computeIfAbsent(hit.documentId(), id -> new ArrayList<>()).add(hit));
		return grouped;
	}

	/**
	 * The annotations to add to a set for its document's hits: one per hit, of the given type, new ids, none where
	 * the set already has that type at that place or where the hit no longer fits the text.
	 */
	public static List<Annotation> newAnnotations(AnnotationSet set, String text, List<Hit> hits, String type,
			Instant now) {
		List<Annotation> added = new ArrayList<>();
		java.util.Set<String> taken = new java.util.HashSet<>();
		for (Annotation existing : set.annotations()) {
			if (existing.type().equals(type) && existing.spans().size() == 1) {
				taken.add(existing.start() + ":" + existing.end());
			}
		}
		for (Hit hit : hits) {
			if (hit.end() > text.length() || !text.substring(hit.start(), hit.end()).equals(hit.match())
					|| !taken.add(hit.start() + ":" + hit.end())) {
				continue;
			}
			added.add(Annotation.of(set.newId(), type, List.of(Span.of(text, hit.start(), hit.end())),
					set.annotator(), now));
		}
		return added;
	}

	/**
	 * Tags the hits in the corpus: for each document, the annotator's set is loaded and the new annotations added;
	 * the changed sets are saved together, with one flush to disk for all of them (a crash leaves each set old or
	 * complete).
	 *
	 * @throws CorpusException if the type is not in the schema, or a set cannot be read or saved (then none is)
	 */
	public static Report tag(Corpus corpus, List<Hit> hits, String type, String annotator) throws CorpusException {
		if (corpus.schema().tagType(type).isEmpty()) {
			throw new CorpusException(corpus.directory().resolve(Corpus.SCHEMA_FILE),
					"has no tag type '" + type + "' to tag the hits with");
		}
		int documents = 0;
		int added = 0;
		int skipped = 0;
		Instant now = Instant.now();
		try (CorpusWrites writes = corpus.writes()) {
			for (Map.Entry<String, List<Hit>> entry : byDocument(hits).entrySet()) {
				AnnotationSet set = corpus.loadSet(annotator, entry.getKey());
				String text = corpus.loadDocument(entry.getKey()).text();
				List<Annotation> annotations = newAnnotations(set, text, entry.getValue(), type, now);
				skipped += entry.getValue().size() - annotations.size();
				if (!annotations.isEmpty()) {
					annotations.forEach(set::add);
					writes.saveSet(set);
					documents++;
					added += annotations.size();
				}
			}
			writes.commit();
		}
		return new Report(documents, added, skipped);
	}
}

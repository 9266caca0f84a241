package org.policyannotator.model.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.schema.Schema;

/**
 * A new codebook for a corpus with its annotations following: every annotation whose type the mapping names gets
 * the new type, or is removed (with its links) when the mapping gives {@code ""}. All changed sets and the schema
 * file are written in one batch ({@link CorpusWrites}): a failure part-way leaves the corpus as it was.
 */
public final class CodebookChange {
	private CodebookChange() {
	}

	/**
	 * What a change did.
	 *
	 * @param corpus   the corpus opened again with the new schema
	 * @param retyped  annotations that got another type
	 * @param removed  annotations removed
	 * @param sets     set files rewritten
	 */
	public record Result(Corpus corpus, int retyped, int removed, int sets) {
	}

	/** How many annotations of each type the corpus holds, over all annotators (sorted by type id). */
	public static Map<String, Long> usage(Corpus corpus) throws CorpusException {
		return new TreeMap<>(corpus.info().countsPerType());
	}

	/**
	 * Writes {@code schema} as the corpus's schema and retypes or removes annotations by {@code mapping} (old type
	 * id to new id, {@code ""} to remove).
	 */
	public static Result apply(Corpus corpus, Schema schema, Map<String, String> mapping) throws CorpusException {
		int retyped = 0;
		int removed = 0;
		int sets = 0;
		java.time.Instant now = java.time.Instant.now();
		try (CorpusWrites writes = corpus.writes()) {
			if (!mapping.isEmpty()) {
				for (String annotator : corpus.annotators()) {
					for (String documentId : corpus.documentIdsAnnotatedBy(annotator)) {
						AnnotationSet set = corpus.loadSet(annotator, documentId);
						List<Annotation> touched = new ArrayList<>();
						for (Annotation a : set.annotations()) {
							if (mapping.containsKey(a.type())) {
								touched.add(a);
							}
						}
						for (Annotation a : touched) {
							String to = mapping.get(a.type());
							if (to.isEmpty()) {
								set.remove(a.id());
								removed++;
							} else {
								set.update(a.withType(to, now));
								retyped++;
							}
						}
						if (!touched.isEmpty()) {
							writes.saveSet(set);
							sets++;
						}
					}
				}
			}
			writes.writeSchema(schema);
			writes.commit();
		}
		return new Result(Corpus.open(corpus.directory()), retyped, removed, sets);
	}
}

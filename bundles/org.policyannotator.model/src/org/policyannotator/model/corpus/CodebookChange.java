package org.policyannotator.model.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.schema.Schema;

/**
 * A new codebook for a corpus with its annotations following: every annotation whose type the mapping names gets
 * the new type, or is removed (with its links) when the mapping gives {@code ""}; document-level codes
 * ({@link DocumentCodes}) follow the same way. All changed sets and the schema
 * file are written in one batch ({@link CorpusWrites}): a failure part-way leaves the corpus as it was. The
 * {@link Result#undo() record} of what changed puts it back ({@link #revert}).
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
	 * @param undo     what is needed to take the change back
	 */
	public record Result(Corpus corpus, int retyped, int removed, int sets, Record undo) {
	}

	/**
	 * The record of a change: the schema before it and, per changed set, the annotations as they were.
	 *
	 * @param schemaBefore  the schema before the change
	 * @param sets          the changed sets
	 * @param documentCodes the changed annotators' document codes as they were ({@link DocumentCodes#rename})
	 */
	public record Record(Schema schemaBefore, List<SetBefore> sets,
			Map<String, java.util.SortedMap<String, List<String>>> documentCodes) {
		/** Copies the list and the map. */
		public Record {
			sets = List.copyOf(sets);
			documentCodes = Map.copyOf(documentCodes);
		}
	}

	/**
	 * One changed set before the change.
	 *
	 * @param annotator  its annotator
	 * @param documentId its document
	 * @param retyped    the retyped annotations with their old type
	 * @param removed    the removed annotations
	 * @param links      the links removed with them
	 */
	public record SetBefore(String annotator, String documentId, List<Annotation> retyped, List<Annotation> removed,
			List<Relation> links) {
		/** Copies the lists. */
		public SetBefore {
			retyped = List.copyOf(retyped);
			removed = List.copyOf(removed);
			links = List.copyOf(links);
		}
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
		return apply(corpus, schema, mapping, (done, total) -> {
		});
	}

	/**
	 * As {@link #apply(Corpus, Schema, Map)}, telling {@code progress} (sets looked at, sets in all) after each set.
	 */
	public static Result apply(Corpus corpus, Schema schema, Map<String, String> mapping,
			BiConsumer<Integer, Integer> progress) throws CorpusException {
		int retyped = 0;
		int removed = 0;
		List<SetBefore> before = new ArrayList<>();
		java.time.Instant now = java.time.Instant.now();
		try (CorpusWrites writes = corpus.writes()) {
			List<String[]> sets = mapping.isEmpty() ? List.of() : allSets(corpus);
			for (int i = 0; i < sets.size(); i++) {
				AnnotationSet set = corpus.loadSet(sets.get(i)[0], sets.get(i)[1]);
				List<Annotation> retypedBefore = new ArrayList<>();
				List<Annotation> removedBefore = new ArrayList<>();
				List<Relation> links = new ArrayList<>();
				for (Annotation a : set.annotations()) {
					String to = mapping.get(a.type());
					if (to == null) {
						continue;
					}
					if (to.isEmpty()) {
						links.addAll(set.relationsFrom(a.id()));
						set.relationsTo(a.id()).stream().filter(r -> !links.contains(r)).forEach(links::add);
						set.remove(a.id());
						removedBefore.add(a);
					} else {
						set.update(a.withType(to, now));
						retypedBefore.add(a);
					}
				}
				if (!retypedBefore.isEmpty() || !removedBefore.isEmpty()) {
					writes.saveSet(set);
					before.add(new SetBefore(set.annotator(), set.documentId(), retypedBefore, removedBefore, links));
					retyped += retypedBefore.size();
					removed += removedBefore.size();
				}
				progress.accept(i + 1, sets.size());
			}
			writes.writeSchema(schema);
			writes.commit();
		}
		Map<String, java.util.SortedMap<String, List<String>>> codes = mapping.isEmpty() ? Map.of()
				: DocumentCodes.rename(corpus, mapping);
		return new Result(Corpus.open(corpus.directory()), retyped, removed, before.size(),
				new Record(corpus.schema(), before, codes));
	}

	/**
	 * Takes a change back: writes the schema before it and gives the changed annotations their old types, puts the
	 * removed ones back with their links (annotations changed or removed since stay as they are now), in one batch.
	 *
	 * @return the corpus opened again with the old schema
	 */
	public static Corpus revert(Corpus corpus, Record record, BiConsumer<Integer, Integer> progress)
			throws CorpusException {
		try (CorpusWrites writes = corpus.writes()) {
			for (int i = 0; i < record.sets().size(); i++) {
				SetBefore before = record.sets().get(i);
				AnnotationSet set = corpus.loadSet(before.annotator(), before.documentId());
				for (Annotation a : before.retyped()) {
					if (set.annotation(a.id()).isPresent()) {
						set.update(a);
					}
				}
				for (Annotation a : before.removed()) {
					if (set.annotation(a.id()).isEmpty()) {
						set.add(a);
					}
				}
				for (Relation r : before.links()) {
					if (set.annotation(r.from()).isPresent() && set.annotation(r.to()).isPresent()
							&& set.relations().stream().noneMatch(x -> x.id().equals(r.id()))) {
						set.addRelation(r);
					}
				}
				writes.saveSet(set);
				progress.accept(i + 1, record.sets().size());
			}
			writes.writeSchema(record.schemaBefore());
			writes.commit();
		}
		DocumentCodes.restore(corpus, record.documentCodes());
		return Corpus.open(corpus.directory());
	}

	private static List<String[]> allSets(Corpus corpus) throws CorpusException {
		List<String[]> sets = new ArrayList<>();
		for (String annotator : corpus.annotators()) {
			for (String documentId : corpus.documentIdsAnnotatedBy(annotator)) {
				sets.add(new String[] { annotator, documentId });
			}
		}
		return sets;
	}
}

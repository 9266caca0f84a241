package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.TagType;

/**
 * What {@link SpanAgreement} compares, read from a corpus: the chosen annotators (default: every annotator with a
 * folder of sets), the chosen documents (default: all), of which only those every chosen annotator has a set file
 * for are included (an existing but empty set counts as "annotated, nothing found"); the others are
 * {@linkplain #skipped() skipped} and reported.
 *
 * @param annotators annotators compared, sorted
 * @param types      types compared: the requested ones, or else every type used in an included set, in schema order
 *                   (types not in the schema after them, sorted)
 * @param documents  included documents with their sets
 * @param skipped    documents left out, with the annotators that lack a set
 */
public record AgreementSelection(List<String> annotators, List<String> types, List<AnnotatedDocument> documents,
		List<SkippedDocument> skipped) {

	/** Copies the lists. */
	public AgreementSelection {
		annotators = List.copyOf(annotators);
		types = List.copyOf(types);
		documents = List.copyOf(documents);
		skipped = List.copyOf(skipped);
	}

	/**
	 * Reads the selection from {@code corpus}.
	 *
	 * @param annotators annotators to compare; empty = all of the corpus
	 * @param types      types to compare; empty = every type used
	 * @param documents  documents to consider; empty = all of the corpus
	 * @throws CorpusException          when a document or set file cannot be read
	 * @throws IllegalArgumentException when a named annotator or document does not exist in the corpus
	 */
	public static AgreementSelection read(Corpus corpus, List<String> annotators, List<String> types,
			List<String> documents) throws CorpusException {
		Plan plan = Plan.of(corpus, annotators, documents);
		List<AnnotatedDocument> included = new ArrayList<>();
		for (String id : plan.included()) {
			Document document = corpus.loadDocument(id);
			Map<String, AnnotationSet> sets = new TreeMap<>();
			for (String name : plan.annotators()) {
				sets.put(name, corpus.loadSet(name, id));
			}
			included.add(new AnnotatedDocument(document, sets));
		}
		List<SkippedDocument> skipped = plan.skipped();
		List<String> chosen = plan.annotators();
		List<String> compared = types.isEmpty() ? usedTypes(corpus, included) : List.copyOf(new LinkedHashSet<>(types));
		return new AgreementSelection(chosen, compared, included, skipped);
	}

	private static List<String> usedTypes(Corpus corpus, Collection<AnnotatedDocument> documents) {
		Set<String> used = new java.util.TreeSet<>();
		for (AnnotatedDocument document : documents) {
			for (AnnotationSet set : document.sets().values()) {
				for (Annotation a : set.annotations()) {
					used.add(a.type());
				}
			}
		}
		return inSchemaOrder(corpus, used);
	}

	/** {@code used} in the order of the schema's types, types not in the schema after them, sorted. */
	static List<String> inSchemaOrder(Corpus corpus, Set<String> types) {
		Set<String> used = new java.util.TreeSet<>(types);
		List<String> ordered = new ArrayList<>();
		for (TagType type : corpus.schema().tagTypes()) {
			if (used.remove(type.id())) {
				ordered.add(type.id());
			}
		}
		ordered.addAll(used);
		return ordered;
	}

	/**
	 * Which annotators and documents a selection compares: the chosen annotators (checked to exist), the documents
	 * every one of them has a set for, and the documents skipped.
	 */
	record Plan(List<String> annotators, List<String> included, List<SkippedDocument> skipped) {

		static Plan of(Corpus corpus, List<String> annotators, List<String> documents) throws CorpusException {
			List<String> known = corpus.annotators();
			List<String> chosen = annotators.isEmpty() ? known : annotators.stream().distinct().sorted().toList();
			for (String name : chosen) {
				if (!known.contains(name)) {
					throw new IllegalArgumentException("annotator " + name + " has no annotation sets in "
							+ corpus.directory() + " (annotators: " + (known.isEmpty() ? "none" : String.join(", ", known))
							+ ")");
				}
			}
			List<String> ids = documents.isEmpty() ? corpus.documentIds() // listed from the folder: they exist
					: documents.stream().distinct().sorted().toList();
			if (!documents.isEmpty()) {
				for (String id : ids) {
					if (!corpus.hasDocument(id)) {
						throw new IllegalArgumentException("document " + id + " does not exist in "
								+ corpus.directory());
					}
				}
			}
			Map<String, Set<String>> annotated = new TreeMap<>();
			for (String name : chosen) {
				annotated.put(name, new java.util.HashSet<>(corpus.documentIdsAnnotatedBy(name)));
			}
			List<String> included = new ArrayList<>();
			List<SkippedDocument> skipped = new ArrayList<>();
			for (String id : ids) {
				List<String> missing = chosen.stream().filter(a -> !annotated.get(a).contains(id)).toList();
				if (!missing.isEmpty() || chosen.isEmpty()) {
					skipped.add(new SkippedDocument(id, missing));
				} else {
					included.add(id);
				}
			}
			return new Plan(chosen, included, skipped);
		}
	}

	/** Computes the agreement of this selection. */
	public CorpusAgreementReport compute() {
		return SpanAgreement.compute(documents, annotators, types, skipped);
	}
}

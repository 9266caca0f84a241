package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.policyannotator.analysis.corpus.internal.PreparedDocument;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.OnEveryCore;
import org.policyannotator.model.schema.CodeTree;

/**
 * The agreement of a whole corpus ({@code agreement --corpus}) without holding its texts and annotation sets in
 * memory: documents are read a few at a time (on every core) and each is kept only in the compact form the
 * coefficients need, so that millions of annotations fit in the command line's default heap. Compares what
 * {@link AgreementSelection} compares and gives the same figures.
 */
public final class CorpusAgreement {
	private final List<String> annotators;
	private final List<String> labelled;
	private final List<String> types;
	private final List<PreparedDocument> documents;
	private final List<SkippedDocument> skipped;

	private CorpusAgreement(List<String> annotators, List<String> labelled, List<String> types,
			List<PreparedDocument> documents, List<SkippedDocument> skipped) {
		this.annotators = annotators;
		this.labelled = labelled;
		this.types = types;
		this.documents = documents;
		this.skipped = skipped;
	}

	/**
	 * Reads the corpus as {@link AgreementSelection#read} does (same arguments, same choice of documents and types).
	 *
	 * @throws CorpusException          when a document or set file cannot be read
	 * @throws IllegalArgumentException when a named annotator or document does not exist in the corpus
	 */
	public static CorpusAgreement read(Corpus corpus, List<String> annotators, List<String> types,
			List<String> documents) throws CorpusException {
		AgreementSelection.Plan plan = AgreementSelection.Plan.of(corpus, annotators, documents);
		List<String> coders = plan.annotators();
		boolean discover = types.isEmpty();
		List<String> labelled = new ArrayList<>(new LinkedHashSet<>(types));
		List<PreparedDocument> prepared = new ArrayList<>(plan.included().size());
		// read on every core, prepared here in document order (the types discovered so far label each document)
		OnEveryCore.run(plan.included(), id -> Read.of(corpus, id, coders), read -> {
			if (discover) {
				read.types().stream().filter(t -> !labelled.contains(t)).forEach(labelled::add);
			}
			prepared.add(new PreparedDocument(read.document().id(), read.document().text(), read.annotations(),
					List.copyOf(labelled)));
		});
		List<String> compared = discover ? AgreementSelection.inSchemaOrder(corpus, Set.copyOf(labelled))
				: List.copyOf(labelled);
		return new CorpusAgreement(coders, List.copyOf(labelled), compared, prepared, plan.skipped());
	}

	/** One document with the annotations of the compared annotators (in coder order), and the types used in them. */
	private record Read(Document document, List<List<Annotation>> annotations, Set<String> types) {
		static Read of(Corpus corpus, String id, List<String> coders) throws CorpusException {
			Document document = corpus.loadDocument(id);
			List<List<Annotation>> annotations = new ArrayList<>(coders.size());
			Set<String> types = new TreeSet<>();
			for (String name : coders) {
				// offsets only: the quotes are not compared, and decoding them was a third of the reading
				List<Annotation> set = corpus.loadAnnotationOffsets(name, id);
				annotations.add(set);
				for (Annotation a : set) {
					types.add(a.type());
				}
			}
			return new Read(document, annotations, types);
		}
	}

	/** Annotators compared, sorted. */
	public List<String> annotators() {
		return annotators;
	}

	/** Types compared, in report order (see {@link AgreementSelection#types()}). */
	public List<String> types() {
		return types;
	}

	/** How many documents are compared. */
	public int documentCount() {
		return documents.size();
	}

	/** Documents left out, with the annotators that lack a set. */
	public List<SkippedDocument> skipped() {
		return skipped;
	}

	/** The agreement report: overall, per document, per type and per pair. */
	public CorpusAgreementReport report() {
		return SpanAgreement.compute(documents, annotators, labelled, types, skipped);
	}

	/** The agreement rolled up to each level of {@code tree} (see {@link TreeLevels}). */
	public List<LevelAgreement> levels(CodeTree tree) {
		return TreeLevels.compute(documents, annotators, labelled, types, tree);
	}
}

package org.policyannotator.ui.compare;

import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

/**
 * One document compared between two annotators: their sets (read-only), the differences between them and the
 * curated set that accepted annotations are copied into.
 */
public final class ComparisonSession {
	/** The annotator whose set holds the merged, curated annotations. */
	public static final String CURATED = "curated";

	private final Corpus corpus;
	private final Document document;
	private final AnnotationSet left;
	private final AnnotationSet right;
	private final AnnotationSet curated;
	private final List<Difference> differences;
	private List<Annotation> saved;

	private ComparisonSession(Corpus corpus, Document document, AnnotationSet left, AnnotationSet right,
			AnnotationSet curated) {
		this.corpus = corpus;
		this.document = document;
		this.left = left;
		this.right = right;
		this.curated = curated;
		this.differences = Differences.between(left, right, document.text().length());
		this.saved = curated.annotations();
	}

	/** Reads the document, both annotators' sets and the curated set (empty if there is none yet). */
	public static ComparisonSession open(Corpus corpus, String documentId, String left, String right)
			throws CorpusException {
		return new ComparisonSession(corpus, corpus.loadDocument(documentId), corpus.loadSet(left, documentId),
				corpus.loadSet(right, documentId), corpus.loadSet(CURATED, documentId));
	}

	public Corpus corpus() {
		return corpus;
	}

	public Document document() {
		return document;
	}

	public AnnotationSet left() {
		return left;
	}

	public AnnotationSet right() {
		return right;
	}

	public AnnotationSet curated() {
		return curated;
	}

	/** Every difference, matches included, in text order. */
	public List<Difference> differences() {
		return differences;
	}

	/** Whether the curated set differs from what is on disk. */
	public boolean isDirty() {
		return !curated.annotations().equals(saved);
	}

	/** Saves the curated set atomically. */
	public void save() throws CorpusException {
		corpus.saveSet(curated);
		saved = curated.annotations();
	}
}

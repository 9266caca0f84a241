package org.policyannotator.ui.editor;

import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * One document open in the editor: its corpus, its text, and the annotation set of the annotator who edits it.
 * Each annotator edits only their own set.
 */
public final class EditorSession {
	private final Corpus corpus;
	private final Document document;
	private final AnnotationSet set;
	private List<Annotation> savedAnnotations;
	private List<Relation> savedRelations;
	private List<AnnotationSet> otherSets;

	private EditorSession(Corpus corpus, Document document, AnnotationSet set) {
		this.corpus = corpus;
		this.document = document;
		this.set = set;
		rememberSavedState();
	}

	static EditorSession open(Corpus corpus, String documentId, String annotator) throws CorpusException {
		Document document = corpus.loadDocument(documentId);
		return new EditorSession(corpus, document, corpus.loadSet(annotator, documentId));
	}

	public Corpus corpus() {
		return corpus;
	}

	public Document document() {
		return document;
	}

	public Schema schema() {
		return corpus.schema();
	}

	/** The set being edited: the current annotator's annotations of this document. */
	public AnnotationSet set() {
		return set;
	}

	public String annotator() {
		return set.annotator();
	}

	/** The other annotators' sets of this document, read-only (loaded when first asked for). */
	public synchronized List<AnnotationSet> otherSets() throws CorpusException {
		if (otherSets == null) {
			List<AnnotationSet> others = new java.util.ArrayList<>();
			for (String other : corpus.annotators()) {
				if (!other.equals(set.annotator())) {
					AnnotationSet theirs = corpus.loadSet(other, document.id());
					if (!theirs.isEmpty()) {
						others.add(theirs);
					}
				}
			}
			otherSets = List.copyOf(others);
		}
		return otherSets;
	}

	/** Whether the set differs from what is on disk (undoing every change since the last save makes it clean). */
	public boolean isDirty() {
		if (set.size() != savedAnnotations.size()) {
			return true; // tagging or deleting: no need to compare thousands of annotations
		}
		return !set.annotations().equals(savedAnnotations) || !set.relations().equals(savedRelations);
	}

	/**
	 * Replaces the set with what its file holds now (after a synchronisation merged colleagues' changes into it),
	 * as one change that the set's listeners see; the set is then clean. Only for a saved set.
	 */
	synchronized void reload() throws CorpusException {
		AnnotationSet onDisk = corpus.loadSet(set.annotator(), document.id());
		new AnnotationEdit(set.annotations(), onDisk.annotations(), set.relations(), onDisk.relations()).apply(set);
		onDisk.origin().ifPresent(stamp -> set.markSaved(stamp, set.revision()));
		otherSets = null;
		rememberSavedState();
	}

	void save() throws CorpusException {
		corpus.saveSet(set);
		rememberSavedState();
	}

	private void rememberSavedState() {
		savedAnnotations = set.annotations();
		savedRelations = set.relations();
	}
}

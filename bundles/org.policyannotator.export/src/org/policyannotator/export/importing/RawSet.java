package org.policyannotator.export.importing;

import java.util.List;

import org.policyannotator.model.Relation;

/**
 * One annotator's annotations on one document as a file states them.
 *
 * @param annotator   annotator name, empty if the file does not say
 * @param documentId  document id, empty if the file does not say (then the text identifies the document)
 * @param sha256      hash of the annotated text, empty if not stated
 * @param text        the annotated text, empty if not included
 * @param annotations annotations
 * @param relations   relations
 * @param where       file and line, for messages
 * @param document    what the file says about the document (title, source, date, language, details), for the
 *                    documents the import creates
 */
record RawSet(String annotator, String documentId, String sha256, String text, List<RawAnnotation> annotations,
		List<Relation> relations, String where, RawDocument document) {

	/** A set whose file gives only a title (empty if none). */
	RawSet(String annotator, String documentId, String sha256, String text, List<RawAnnotation> annotations,
			List<Relation> relations, String where, String title) {
		this(annotator, documentId, sha256, text, annotations, relations, where, RawDocument.titled(title));
	}

	/** A set whose file says nothing about its document. */
	RawSet(String annotator, String documentId, String sha256, String text, List<RawAnnotation> annotations,
			List<Relation> relations, String where) {
		this(annotator, documentId, sha256, text, annotations, relations, where, RawDocument.NONE);
	}

	/** The document's title if the file gives one, else empty. */
	String title() {
		return document.title();
	}
}

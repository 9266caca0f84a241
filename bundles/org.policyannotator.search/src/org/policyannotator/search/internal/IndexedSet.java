package org.policyannotator.search.internal;

import java.util.List;

import org.policyannotator.model.FileStamp;

/**
 * One annotator's annotations of one document as the index keeps them, valid while neither the set file nor the
 * document file changes (a set of a changed text is re-anchored in it, so it depends on both).
 */
public record IndexedSet(String annotator, String documentId, FileStamp setStamp, FileStamp documentStamp,
		List<IndexedAnnotation> annotations) {

	public IndexedSet {
		annotations = List.copyOf(annotations);
	}

	/** The key of a set: annotator and document. */
	public static String key(String annotator, String documentId) {
		return annotator + '/' + documentId;
	}

	public String key() {
		return key(annotator, documentId);
	}
}

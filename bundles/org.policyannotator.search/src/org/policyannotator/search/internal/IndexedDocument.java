package org.policyannotator.search.internal;

import org.policyannotator.model.FileStamp;

/**
 * A document as the index keeps it: what keyword in context shows, and the stamp of the file it was read from.
 *
 * @param sha256 the hash the document file states for its text
 */
public record IndexedDocument(String id, FileStamp stamp, String title, String sha256, String text) {

	/** The title shown with hits: the id when there is none. */
	public String shownTitle() {
		return title.isBlank() ? id : title;
	}
}

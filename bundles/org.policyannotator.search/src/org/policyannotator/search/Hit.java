package org.policyannotator.search;

/**
 * One hit, as keyword in context.
 *
 * @param documentId the document
 * @param title      its title (its id when it has none)
 * @param start      UTF-16 offset of the hit in the document text
 * @param end        UTF-16 offset after the hit
 * @param left       text before the hit (line ends shown as spaces)
 * @param match      the hit's text
 * @param right      text after the hit (line ends shown as spaces)
 * @param type       tag type of the annotation found or containing the hit; empty for a text search
 * @param annotator  whose annotation it is; empty for a text search
 */
public record Hit(String documentId, String title, int start, int end, String left, String match, String right,
		String type, String annotator) {
}

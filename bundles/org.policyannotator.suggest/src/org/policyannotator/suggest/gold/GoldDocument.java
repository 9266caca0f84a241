package org.policyannotator.suggest.gold;

import java.util.List;
import java.util.Map;

/**
 * One hand-annotated text of a gold standard.
 *
 * @param id          the file name without extension
 * @param text        the text
 * @param annotations the annotations in text order
 */
public record GoldDocument(String id, String text, List<Gold> annotations) {

	/**
	 * One gold annotation.
	 *
	 * @param type       tag type
	 * @param start      UTF-16 start
	 * @param end        UTF-16 end
	 * @param attributes attributes as written (speaker, n, of, points, kind...)
	 */
	public record Gold(String type, int start, int end, Map<String, String> attributes) {
	}

	/** Copies the list. */
	public GoldDocument {
		annotations = List.copyOf(annotations);
	}
}

package org.policyannotator.model;

/**
 * A typed, directed link between two annotations of the same set, e.g. {@code said-by} from a quote to its
 * speaker.
 *
 * @param id   unique within the set
 * @param type relation type id from the schema
 * @param from id of the source annotation
 * @param to   id of the target annotation
 */
public record Relation(String id, String type, String from, String to) {

	/** Rejects empty components. */
	public Relation {
		Strings.requireNonBlank(id, "id");
		Strings.requireNonBlank(type, "type");
		Strings.requireNonBlank(from, "from");
		Strings.requireNonBlank(to, "to");
	}
}

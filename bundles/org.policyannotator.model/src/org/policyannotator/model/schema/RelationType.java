package org.policyannotator.model.schema;

import java.util.List;

/**
 * One kind of link between annotations, e.g. {@code said-by} from a quote to its speaker.
 *
 * @param id          stable id used in files
 * @param label       what the analyst sees
 * @param description guideline
 * @param fromTypes   tag types a link may start at
 * @param toTypes     tag types a link may end at
 * @param required    whether every annotation of a {@code fromTypes} type should have such a link (missing is
 *                    reported)
 * @param single      whether an annotation may have at most one such outgoing link
 */
public record RelationType(String id, String label, String description, List<String> fromTypes,
		List<String> toTypes, boolean required, boolean single) {

	/** Checks the id and copies the lists. */
	public RelationType {
		SchemaNames.requireId(id, "relation type id");
		if (label == null || description == null) {
			throw new IllegalArgumentException("relation type " + id + ": label and description must not be null");
		}
		fromTypes = List.copyOf(fromTypes);
		toTypes = List.copyOf(toTypes);
		if (fromTypes.isEmpty() || toTypes.isEmpty()) {
			throw new IllegalArgumentException("relation type " + id + " needs at least one source and target type");
		}
	}
}

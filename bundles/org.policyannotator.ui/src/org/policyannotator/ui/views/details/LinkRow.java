package org.policyannotator.ui.views.details;

import java.util.ArrayList;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** One link of the shown annotation, outgoing or incoming, with the annotation at its other end. */
record LinkRow(Relation relation, boolean outgoing, String otherId, String label) {

	/** The outgoing links of an annotation, then the incoming ones. */
	static List<LinkRow> of(AnnotationSet set, Schema schema, Annotation annotation) {
		List<LinkRow> rows = new ArrayList<>();
		for (Relation relation : set.relationsFrom(annotation.id())) {
			rows.add(new LinkRow(relation, true, relation.to(),
					typeLabel(schema, relation) + " \u2192 " + describe(set, schema, relation.to())));
		}
		for (Relation relation : set.relationsTo(annotation.id())) {
			rows.add(new LinkRow(relation, false, relation.from(),
					"\u2190 " + typeLabel(schema, relation) + " of " + describe(set, schema, relation.from())));
		}
		return rows;
	}

	private static String typeLabel(Schema schema, Relation relation) {
		return schema.relationType(relation.type()).map(RelationType::label).orElse(relation.type());
	}

	static String describe(AnnotationSet set, Schema schema, String annotationId) {
		return set.annotation(annotationId)
				.map(a -> schema.tagType(a.type()).map(TagType::label).orElse(a.type()) + " \u201c"
						+ shorten(a.firstSpan().quote()) + "\u201d")
				.orElse(annotationId + " (missing)");
	}

	static String shorten(String quote) {
		String flat = quote.replaceAll("\\s+", " ");
		return flat.length() <= 60 ? flat : flat.substring(0, 57) + "\u2026";
	}
}

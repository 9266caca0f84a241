package org.policyannotator.export.uima;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.export.internal.Names;
import org.policyannotator.model.schema.AttributeKind;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * The UIMA type system of a schema, laid out as INCEpTION builds it: one span layer
 * {@value #SPAN} (super type {@code uima.tcas.Annotation}) whose {@code label} feature holds the tag type id, as
 * INCEpTION's named entity layer holds its tag in {@code value}; its other features are the attributes of all tag
 * types, plus {@code note} and {@code fragmentOf} (the first part of a discontinuous annotation). Each relation type
 * is a relation layer attached to that span layer: features {@code Governor} (from) and {@code Dependent} (to), both
 * of the span type, so any two annotations can be linked, also two of different tag types.
 */
public final class UimaTypes {
	/** The span layer's type. */
	public static final String SPAN = UimaJsonWriter.PACKAGE + "PolicySpan";
	/** Feature of {@link #SPAN} holding the tag type id. */
	public static final String LABEL = "label";
	/** Feature of {@link #SPAN} holding the note. */
	public static final String NOTE = "note";
	/** Feature of {@link #SPAN} pointing from a later part of a discontinuous annotation to its first part. */
	public static final String FRAGMENT_OF = "fragmentOf";
	/** Boolean feature of {@link #SPAN} marking a suggestion not yet accepted. */
	public static final String SUGGESTED = "suggested";
	/** Relation feature naming the annotation the relation starts at. */
	public static final String GOVERNOR = "Governor";
	/** Relation feature naming the annotation the relation points to. */
	public static final String DEPENDENT = "Dependent";
	static final String STRING = "uima.cas.String";
	static final String BOOLEAN = "uima.cas.Boolean";

	/** A feature: name, range type and description. */
	public record Feature(String name, String range, String description) {
	}

	/** A type: name, description and features (super type always {@code uima.tcas.Annotation}). */
	public record Type(String name, String description, List<Feature> features) {
	}

	private UimaTypes() {
	}

	/** The types of {@code schema}: the span type first, then one per relation type. */
	public static List<Type> of(Schema schema) {
		List<Type> types = new ArrayList<>();
		types.add(new Type(SPAN, "Policy Annotator annotation; label = tag type id", spanFeatures(schema)));
		for (RelationType relation : schema.relationTypes()) {
			types.add(new Type(relationType(relation.id()), relation.label(),
					List.of(new Feature(GOVERNOR, SPAN, "from"), new Feature(DEPENDENT, SPAN, "to"))));
		}
		return types;
	}

	/** The UIMA type of a relation type id. */
	public static String relationType(String id) {
		return UimaJsonWriter.typeName(id);
	}

	/** The feature name of an attribute id. */
	public static String feature(String attributeId) {
		return Names.identifier(attributeId);
	}

	private static List<Feature> spanFeatures(Schema schema) {
		Map<String, Feature> features = new LinkedHashMap<>();
		features.put(LABEL, new Feature(LABEL, STRING, "tag type id"));
		features.put(NOTE, new Feature(NOTE, STRING, "note"));
		features.put(SUGGESTED, new Feature(SUGGESTED, BOOLEAN, "a suggestion not yet accepted"));
		features.put(FRAGMENT_OF, new Feature(FRAGMENT_OF, SPAN, "first part of a discontinuous annotation"));
		for (TagType type : schema.tagTypes()) {
			for (AttributeType attribute : type.attributes()) {
				String name = feature(attribute.id());
				String range = range(attribute.kind());
				Feature known = features.get(name);
				if (known != null && !known.range().equals(range)) {
					range = STRING;
				}
				if (known == null || !known.range().equals(range)) {
					features.put(name, new Feature(name, range, attribute.label()));
				}
			}
		}
		return List.copyOf(features.values());
	}

	private static String range(AttributeKind kind) {
		return switch (kind) {
		case BOOLEAN -> BOOLEAN;
		case REFERENCE -> SPAN;
		default -> STRING;
		};
	}
}

package org.policyannotator.model.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Finding;
import org.policyannotator.model.Offsets;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;

/**
 * Checks an annotation set against its schema and its document. Returns every finding; never throws on bad data.
 * Errors: offsets out of bounds, quotes that differ from the text, unknown types or attributes, values of the wrong
 * kind, broken references. Warnings: orphans, missing required attributes, forbidden overlaps, quotes without a
 * speaker, proposals whose declared number of points differs from the linked points.
 */
public final class SetValidator {
	private final Schema schema;
	private final Map<String, TagType> types = new HashMap<>();
	private final Map<String, List<RelationType>> relationsFromType = new HashMap<>();
	private final Map<String, List<AttributeType>> requiredAttributes = new HashMap<>();
	private final Map<String, List<AttributeType>> countingAttributes = new HashMap<>();

	/** A validator for sets of this schema. */
	public SetValidator(Schema schema) {
		this.schema = schema;
		for (TagType type : schema.tagTypes()) {
			types.put(type.id(), type);
			relationsFromType.put(type.id(),
					schema.relationTypes().stream().filter(r -> r.fromTypes().contains(type.id())).toList());
			requiredAttributes.put(type.id(), type.attributes().stream().filter(AttributeType::required).toList());
			countingAttributes.put(type.id(),
					type.attributes().stream().filter(a -> a.countsRelation().isPresent()).toList());
		}
	}

	private Optional<TagType> tagType(String id) {
		return Optional.ofNullable(types.get(id));
	}

	/**
	 * Checks {@code set}.
	 *
	 * @param document the annotated document; empty to skip the offset and quote checks (e.g. document missing)
	 * @param file     file name used in the findings
	 */
	public List<Finding> validate(AnnotationSet set, Optional<Document> document, String file) {
		List<Finding> findings = new ArrayList<>();
		List<Annotation> annotations = set.annotations();
		Function<String, Annotation> byId = id -> set.annotation(id).orElse(null);
		document.ifPresent(doc -> {
			if (!set.documentSha256().isEmpty() && !set.documentSha256().equals(doc.sha256())) {
				findings.add(Finding.warning(file, "", "the annotations were made on another version of document "
						+ doc.id() + " (text hash differs); open the set to re-anchor them"));
			}
		});
		Links links = checkRelations(set.relations(), byId, file, findings);
		String text = document.map(Document::text).orElse(null);
		Map<String, Annotation> lastByType = new HashMap<>();
		// one pass over the annotations: they are many, and each pass costs memory traffic
		for (Annotation annotation : annotations) {
			if (text != null) {
				checkSpans(annotation, text, file, findings);
			}
			TagType type = types.get(annotation.type());
			if (type == null) {
				findings.add(Finding.error(file, annotation.id(), "tag type " + annotation.type()
						+ " is not in the schema"));
				continue;
			}
			checkAttributes(annotation, type, byId, file, findings);
			checkOverlap(annotation, type, lastByType, file, findings);
			checkLinks(annotation, links, file, findings);
			checkCounts(annotation, links, file, findings);
		}
		return findings;
	}

	/** Number of valid links per relation type and annotation id, leaving and arriving. */
	private record Links(Map<String, Map<String, Integer>> outgoing, Map<String, Map<String, Integer>> incoming) {
		int count(Map<String, Map<String, Integer>> map, String relationType, String annotationId) {
			Map<String, Integer> counts = map.get(relationType);
			return counts == null ? 0 : counts.getOrDefault(annotationId, 0);
		}
	}

	private static void checkSpans(Annotation annotation, String text, String file, List<Finding> findings) {
		if (annotation.orphaned()) {
			findings.add(Finding.warning(file, annotation.id(), "orphan: could not be placed in the current text; "
					+ "it was at " + annotation.start() + " and quoted \"" + shorten(annotation.firstSpan().quote())
					+ "\""));
			return;
		}
		for (Span span : annotation.spans()) {
			if (span.end() > text.length()) {
				findings.add(Finding.error(file, annotation.id(), "span [" + span.start() + ", " + span.end()
						+ ") is outside the text (length " + text.length() + ")"));
			} else if (!span.matches(text)) {
				findings.add(Finding.error(file, annotation.id(), "stored quote \"" + shorten(span.quote())
						+ "\" differs from the text at [" + span.start() + ", " + span.end() + "): \""
						+ shorten(text.substring(span.start(), span.end())) + "\""));
			} else if (Offsets.splitsSurrogatePair(text, span.start())
					|| Offsets.splitsSurrogatePair(text, span.end())) {
				findings.add(Finding.error(file, annotation.id(), "span [" + span.start() + ", " + span.end()
						+ ") cuts a character (surrogate pair) in two"));
			}
		}
	}

	private void checkAttributes(Annotation annotation, TagType type, Function<String, Annotation> byId,
			String file, List<Finding> findings) {
		for (Map.Entry<String, AttributeValue> entry : annotation.attributes().entrySet()) {
			Optional<AttributeType> attribute = type.attribute(entry.getKey());
			if (attribute.isEmpty()) {
				findings.add(Finding.error(file, annotation.id(),
						"attribute " + entry.getKey() + " is not defined for " + type.label()));
				continue;
			}
			Optional<String> problem = attribute.get().problemWith(entry.getValue());
			if (problem.isPresent()) {
				findings.add(Finding.error(file, annotation.id(), problem.get()));
			} else if (entry.getValue() instanceof AttributeValue.Ref ref) {
				Annotation target = byId.apply(ref.annotationId());
				if (target == null) {
					findings.add(Finding.error(file, annotation.id(), "attribute " + entry.getKey()
							+ " refers to annotation " + ref.annotationId() + ", which does not exist"));
				} else if (!attribute.get().targetTypes().isEmpty()
						&& !attribute.get().targetTypes().contains(target.type())) {
					findings.add(Finding.error(file, annotation.id(), "attribute " + entry.getKey()
							+ " must refer to " + attribute.get().targetTypes() + ", not to a " + target.type()));
				}
			}
		}
		for (AttributeType attribute : requiredAttributes.get(type.id())) {
			if (!annotation.attributes().containsKey(attribute.id())) {
				findings.add(Finding.warning(file, annotation.id(),
						type.label() + " has no " + attribute.label().toLowerCase(java.util.Locale.ROOT)));
			}
		}
	}

	private static void checkOverlap(Annotation annotation, TagType type, Map<String, Annotation> lastByType,
			String file, List<Finding> findings) {
		if (type.mayOverlap()) {
			return;
		}
		Annotation previous = lastByType.get(annotation.type());
		if (previous != null && overlap(previous, annotation)) {
			findings.add(Finding.warning(file, annotation.id(), type.label() + " overlaps " + previous.id() + ", but "
					+ type.label() + " spans may not overlap"));
		}
		if (previous == null || annotation.end() > previous.end()) {
			lastByType.put(annotation.type(), annotation);
		}
	}

	private static boolean overlap(Annotation a, Annotation b) {
		for (Span x : a.spans()) {
			for (Span y : b.spans()) {
				if (x.overlaps(y)) {
					return true;
				}
			}
		}
		return false;
	}

	private Links checkRelations(List<Relation> relations, Function<String, Annotation> byId, String file,
			List<Finding> findings) {
		Map<String, Map<String, Integer>> outgoing = new HashMap<>();
		Map<String, Map<String, Integer>> incoming = new HashMap<>();
		for (Relation relation : relations) {
			Optional<RelationType> type = schema.relationType(relation.type());
			if (type.isEmpty()) {
				findings.add(Finding.error(file, relation.id(), "relation type " + relation.type()
						+ " is not in the schema"));
				continue;
			}
			Annotation from = byId.apply(relation.from());
			Annotation to = byId.apply(relation.to());
			if (from == null || to == null) {
				findings.add(Finding.error(file, relation.id(), relation.type() + " links "
						+ (from == null ? relation.from() : relation.to()) + ", which does not exist"));
				continue;
			}
			if (!type.get().fromTypes().contains(from.type()) || !type.get().toTypes().contains(to.type())) {
				findings.add(Finding.error(file, relation.id(), relation.type() + " must link "
						+ type.get().fromTypes() + " to " + type.get().toTypes() + ", not " + from.type() + " to "
						+ to.type()));
				continue;
			}
			outgoing.computeIfAbsent(relation.type(), k -> new HashMap<>()).merge(from.id(), 1, Integer::sum);
			incoming.computeIfAbsent(relation.type(), k -> new HashMap<>()).merge(to.id(), 1, Integer::sum);
		}
		checkOrdinals(relations, byId, file, findings);
		return new Links(outgoing, incoming);
	}

	private void checkLinks(Annotation annotation, Links links, String file, List<Finding> findings) {
		for (RelationType type : relationsFromType.getOrDefault(annotation.type(), List.of())) {
			int count = links.count(links.outgoing(), type.id(), annotation.id());
			if (type.required() && count == 0) {
				findings.add(Finding.warning(file, annotation.id(), label(annotation) + " has no " + type.label()
						+ " link" + target(type)));
			} else if (type.single() && count > 1) {
				findings.add(Finding.warning(file, annotation.id(),
						label(annotation) + " has " + count + " " + type.label() + " links; only one is allowed"));
			}
		}
	}

	private void checkCounts(Annotation annotation, Links links, String file, List<Finding> findings) {
		for (AttributeType attribute : countingAttributes.getOrDefault(annotation.type(), List.of())) {
			Optional<AttributeValue> value = annotation.attribute(attribute.id());
			if (value.isEmpty() || !(value.get() instanceof AttributeValue.Number number)) {
				continue;
			}
			String relation = attribute.countsRelation().get();
			int linked = links.count(links.incoming(), relation, annotation.id());
			if (number.value().compareTo(BigDecimal.valueOf(linked)) != 0) {
				findings.add(Finding.warning(file, annotation.id(), label(annotation) + ": "
						+ attribute.label().toLowerCase(java.util.Locale.ROOT) + " is " + number.display() + ", but "
						+ linked + " are linked with " + relation));
			}
		}
	}

	/** Points of one proposal should be numbered 1..N without repeats. */
	private static void checkOrdinals(List<Relation> relations, Function<String, Annotation> byId, String file,
			List<Finding> findings) {
		Map<String, Map<BigDecimal, String>> seen = new HashMap<>();
		for (Relation relation : relations) {
			if (!relation.type().equals("point-of")) {
				continue;
			}
			Annotation point = byId.apply(relation.from());
			if (point == null || !(point.attribute("ordinal").orElse(null) instanceof AttributeValue.Number n)) {
				continue;
			}
			String other = seen.computeIfAbsent(relation.to(), k -> new HashMap<>()).putIfAbsent(n.value(), point.id());
			if (other != null) {
				findings.add(Finding.warning(file, point.id(), "point number " + n.display() + " of proposal "
						+ relation.to() + " is also used by " + other));
			}
		}
	}

	private String label(Annotation annotation) {
		return tagType(annotation.type()).map(TagType::label).orElse(annotation.type());
	}

	private String target(RelationType type) {
		return type.toTypes().size() == 1
				? " to a " + tagType(type.toTypes().get(0)).map(TagType::label).orElse(type.toTypes().get(0))
				: "";
	}

	private static String shorten(String s) {
		String flat = s.replace("\r", "\\r").replace("\n", "\\n");
		return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
	}
}

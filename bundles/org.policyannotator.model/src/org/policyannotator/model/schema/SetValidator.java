package org.policyannotator.model.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/** A validator for sets of this schema. */
	public SetValidator(Schema schema) {
		this.schema = schema;
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
		Map<String, Annotation> byId = new HashMap<>(annotations.size() * 2);
		for (Annotation annotation : annotations) {
			byId.put(annotation.id(), annotation);
		}
		document.ifPresent(doc -> {
			if (!set.documentSha256().isEmpty() && !set.documentSha256().equals(doc.sha256())) {
				findings.add(Finding.warning(file, "", "the annotations were made on another version of document "
						+ doc.id() + " (text hash differs); open the set to re-anchor them"));
			}
		});
		for (Annotation annotation : annotations) {
			document.ifPresent(doc -> checkSpans(annotation, doc.text(), file, findings));
			Optional<TagType> type = schema.tagType(annotation.type());
			if (type.isEmpty()) {
				findings.add(Finding.error(file, annotation.id(), "tag type " + annotation.type()
						+ " is not in the schema"));
				continue;
			}
			checkAttributes(annotation, type.get(), byId, file, findings);
		}
		checkOverlaps(annotations, file, findings);
		checkRelations(set.relations(), annotations, byId, file, findings);
		return findings;
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

	private static void checkAttributes(Annotation annotation, TagType type, Map<String, Annotation> byId,
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
				Annotation target = byId.get(ref.annotationId());
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
		for (AttributeType attribute : type.attributes()) {
			if (attribute.required() && !annotation.attributes().containsKey(attribute.id())) {
				findings.add(Finding.warning(file, annotation.id(),
						type.label() + " has no " + attribute.label().toLowerCase(java.util.Locale.ROOT)));
			}
		}
	}

	private void checkOverlaps(List<Annotation> sorted, String file, List<Finding> findings) {
		Map<String, Annotation> lastByType = new HashMap<>();
		for (Annotation annotation : sorted) {
			Optional<TagType> type = schema.tagType(annotation.type());
			if (type.isEmpty() || type.get().mayOverlap()) {
				continue;
			}
			Annotation previous = lastByType.get(annotation.type());
			if (previous != null && overlap(previous, annotation)) {
				findings.add(Finding.warning(file, annotation.id(), type.get().label() + " overlaps " + previous.id()
						+ ", but " + type.get().label() + " spans may not overlap"));
			}
			if (previous == null || annotation.end() > previous.end()) {
				lastByType.put(annotation.type(), annotation);
			}
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

	private void checkRelations(List<Relation> relations, List<Annotation> sorted, Map<String, Annotation> byId,
			String file, List<Finding> findings) {
		Map<String, Map<String, Integer>> outgoing = new HashMap<>();
		Map<String, Map<String, Integer>> incoming = new HashMap<>();
		for (Relation relation : relations) {
			Optional<RelationType> type = schema.relationType(relation.type());
			if (type.isEmpty()) {
				findings.add(Finding.error(file, relation.id(), "relation type " + relation.type()
						+ " is not in the schema"));
				continue;
			}
			Annotation from = byId.get(relation.from());
			Annotation to = byId.get(relation.to());
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
		for (RelationType type : schema.relationTypes()) {
			Map<String, Integer> counts = outgoing.getOrDefault(type.id(), Map.of());
			for (Annotation annotation : sorted) {
				if (!type.fromTypes().contains(annotation.type())) {
					continue;
				}
				int count = counts.getOrDefault(annotation.id(), 0);
				if (type.required() && count == 0) {
					findings.add(Finding.warning(file, annotation.id(), label(annotation) + " has no " + type.label()
							+ " link" + target(type)));
				} else if (type.single() && count > 1) {
					findings.add(Finding.warning(file, annotation.id(),
							label(annotation) + " has " + count + " " + type.label() + " links; only one is allowed"));
				}
			}
		}
		checkCounts(sorted, incoming, file, findings);
		checkOrdinals(relations, byId, file, findings);
	}

	private void checkCounts(List<Annotation> sorted, Map<String, Map<String, Integer>> incoming, String file,
			List<Finding> findings) {
		for (Annotation annotation : sorted) {
			Optional<TagType> type = schema.tagType(annotation.type());
			if (type.isEmpty()) {
				continue;
			}
			for (AttributeType attribute : type.get().attributes()) {
				if (attribute.countsRelation().isEmpty()) {
					continue;
				}
				Optional<AttributeValue> value = annotation.attribute(attribute.id());
				if (value.isEmpty() || !(value.get() instanceof AttributeValue.Number number)) {
					continue;
				}
				String relation = attribute.countsRelation().get();
				int linked = incoming.getOrDefault(relation, Map.of()).getOrDefault(annotation.id(), 0);
				if (number.value().compareTo(BigDecimal.valueOf(linked)) != 0) {
					findings.add(Finding.warning(file, annotation.id(), label(annotation) + " declares "
							+ number.display() + " " + attribute.label().toLowerCase(java.util.Locale.ROOT)
							+ " but " + linked + " are linked with " + relation));
				}
			}
		}
	}

	/** Points of one proposal should be numbered 1..N without repeats. */
	private static void checkOrdinals(List<Relation> relations, Map<String, Annotation> byId, String file,
			List<Finding> findings) {
		Map<String, Map<BigDecimal, String>> seen = new HashMap<>();
		for (Relation relation : relations) {
			if (!relation.type().equals("point-of")) {
				continue;
			}
			Annotation point = byId.get(relation.from());
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
		return schema.tagType(annotation.type()).map(TagType::label).orElse(annotation.type());
	}

	private String target(RelationType type) {
		return type.toTypes().size() == 1
				? " to a " + schema.tagType(type.toTypes().get(0)).map(TagType::label).orElse(type.toTypes().get(0))
				: "";
	}

	private static String shorten(String s) {
		String flat = s.replace("\r", "\\r").replace("\n", "\\n");
		return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
	}
}

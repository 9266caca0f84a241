package org.policyannotator.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;

/**
 * Puts suggestions into an annotator's set as annotations with status {@code suggested}. Never touches what is
 * there: a suggestion is skipped when an annotation of its type already overlaps it (accepted, or suggested by an
 * earlier run) or when the analyst rejected it before; its links then point to the annotation already there.
 */
public final class SuggestionWriter {
	/** Prefix of the note that names the rule of a suggested annotation ("suggested by &lt;rule id&gt;"). */
	public static final String NOTE_PREFIX = "suggested by ";

	private SuggestionWriter() {
	}

	/**
	 * What a write did.
	 *
	 * @param added     the annotations added, in suggestion order
	 * @param relations the relations added
	 * @param skipped   suggestions already there or rejected before
	 */
	public record Outcome(List<Annotation> added, List<Relation> relations, int skipped) {
	}

	/** The annotations and relations that {@link #write} would add, without changing {@code set}. */
	public static Outcome plan(AnnotationSet set, String text, List<Suggestion> suggestions, RejectedSuggestions rejected,
			Instant now) {
		AnnotationSet copy = AnnotationSet.of(set.annotator(), set.documentId(), set.documentSha256(),
				set.annotations(), set.relations());
		return write(copy, text, suggestions, rejected, now);
	}

	/** Adds the suggestions to {@code set} (each change told to the set's listeners). */
	public static Outcome write(AnnotationSet set, String text, List<Suggestion> suggestions,
			RejectedSuggestions rejected, Instant now) {
		Map<String, String> idOfKey = new HashMap<>();
		List<Annotation> added = new ArrayList<>();
		int skipped = 0;
		for (Suggestion s : suggestions) {
			Optional<Annotation> existing = overlapping(set, s);
			if (existing.isPresent()) {
				idOfKey.put(s.key(), existing.get().id());
				skipped++;
				continue;
			}
			String quote = s.quote(text);
			if (rejected.contains(s.type(), quote, s.start())) {
				skipped++;
				continue;
			}
			Annotation a = toAnnotation(set.newId(), s, text, set.annotator(), now);
			set.add(a);
			added.add(a);
			idOfKey.put(s.key(), a.id());
		}
		List<Relation> relations = new ArrayList<>();
		List<String> addedIds = added.stream().map(Annotation::id).toList();
		for (Suggestion s : suggestions) {
			for (Suggestion.Link link : s.links()) {
				String from = idOfKey.get(s.key());
				String to = idOfKey.get(link.targetKey());
				if (from == null || to == null || (!addedIds.contains(from) && !addedIds.contains(to))
						|| exists(set, link.relationType(), from, to)) {
					continue;
				}
				Relation r = new Relation(set.newId(), link.relationType(), from, to);
				set.addRelation(r);
				relations.add(r);
			}
		}
		return new Outcome(added, relations, skipped);
	}

	/** The annotation a suggestion becomes. */
	public static Annotation toAnnotation(String id, Suggestion s, String text, String annotator, Instant now) {
		List<Span> spans = s.spans().stream().map(r -> Span.of(text, r.start(), r.end())).toList();
		String note = NOTE_PREFIX + s.rule() + (s.note().isEmpty() ? "" : "; " + s.note());
		return new Annotation(id, s.type(), spans, s.attributes(), annotator, now, now, note,
				AnnotationStatus.SUGGESTED, false);
	}

	/** The rule id of an annotation made by a suggester, from its note; empty for one made by hand. */
	public static Optional<String> ruleOf(Annotation annotation) {
		String note = annotation.note();
		if (!note.startsWith(NOTE_PREFIX)) {
			return Optional.empty();
		}
		int end = note.indexOf(';');
		return Optional.of(note.substring(NOTE_PREFIX.length(), end < 0 ? note.length() : end).strip());
	}

	private static Optional<Annotation> overlapping(AnnotationSet set, Suggestion s) {
		for (Annotation a : set.annotations()) {
			if (a.type().equals(s.type()) && a.start() < s.end() && s.start() < a.end()) {
				return Optional.of(a);
			}
		}
		return Optional.empty();
	}

	private static boolean exists(AnnotationSet set, String type, String from, String to) {
		return set.relationsFrom(from).stream().anyMatch(r -> r.type().equals(type) && r.to().equals(to));
	}
}

package org.policyannotator.suggest;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.policyannotator.model.AttributeValue;

/**
 * One proposed annotation, before it is written into a set.
 *
 * @param key        unique within one run (links refer to it)
 * @param type       tag type id
 * @param spans      UTF-16 [start, end) pairs in text order, at least one
 * @param attributes attribute values by id
 * @param rule       id of the suggester that made it
 * @param links      relations from this suggestion to others of the same run
 * @param note       a finding for the analyst (e.g. "3 of 4 points found"), empty if none
 */
public record Suggestion(String key, String type, List<Range> spans, SortedMap<String, AttributeValue> attributes,
		String rule, List<Link> links, String note) {

	/** A contiguous piece of text. */
	public record Range(int start, int end) {
		/** Rejects empty or reversed ranges. */
		public Range {
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
			}
		}
	}

	/** A relation of the schema ({@code said-by}, {@code point-of}) from this suggestion to {@code targetKey}. */
	public record Link(String relationType, String targetKey) {
	}

	/** Copies the collections. */
	public Suggestion {
		if (spans.isEmpty()) {
			throw new IllegalArgumentException("a suggestion needs a span");
		}
		spans = List.copyOf(spans);
		attributes = new TreeMap<>(attributes);
		links = List.copyOf(links);
	}

	/** A one-span suggestion without links or note. */
	public static Suggestion of(String key, String type, int start, int end, Map<String, AttributeValue> attributes,
			String rule) {
		return new Suggestion(key, type, List.of(new Range(start, end)), new TreeMap<>(attributes), rule, List.of(),
				"");
	}

	/** Start of the first span. */
	public int start() {
		return spans.get(0).start();
	}

	/** End of the last span. */
	public int end() {
		return spans.get(spans.size() - 1).end();
	}

	/** Copy with one more link. */
	public Suggestion withLink(Link link) {
		List<Link> more = new java.util.ArrayList<>(links);
		more.add(link);
		return new Suggestion(key, type, spans, attributes, rule, more, note);
	}

	/** Copy with another attribute value. */
	public Suggestion withAttribute(String name, AttributeValue value) {
		TreeMap<String, AttributeValue> changed = new TreeMap<>(attributes);
		changed.put(name, value);
		return new Suggestion(key, type, spans, changed, rule, links, note);
	}

	/** Copy with a note. */
	public Suggestion withNote(String newNote) {
		return new Suggestion(key, type, spans, attributes, rule, links, newNote);
	}

	/** The text covered, spans joined by a space. */
	public String quote(String text) {
		StringBuilder b = new StringBuilder();
		for (Range r : spans) {
			if (!b.isEmpty()) {
				b.append(' ');
			}
			b.append(text, r.start(), r.end());
		}
		return b.toString();
	}
}

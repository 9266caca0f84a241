package org.policyannotator.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;

/** Builds an annotator's set on a real text by finding phrases with indexOf, as an analyst would tag them. */
public final class Tagger {
	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
	private final Document document;
	private final String annotator;
	private final List<Annotation> annotations = new ArrayList<>();

	private Tagger(Document document, String annotator) {
		this.document = document;
		this.annotator = annotator;
	}

	/** Starts tagging {@code document} as {@code annotator}. */
	public static Tagger on(Document document, String annotator) {
		return new Tagger(document, annotator);
	}

	/** Offset of the first occurrence of {@code phrase}; fails if the text lacks it. */
	public static int find(String text, String phrase) {
		int start = text.indexOf(phrase);
		if (start < 0) {
			throw new IllegalArgumentException("the text does not contain \"" + phrase + "\"");
		}
		return start;
	}

	/** Tags the first occurrence of {@code phrase}. */
	public Tagger tag(String type, String phrase) {
		int start = find(document.text(), phrase);
		return range(type, start, start + phrase.length());
	}

	/** Tags several phrases as one discontinuous annotation. */
	public Tagger parts(String type, String... phrases) {
		List<Span> spans = new ArrayList<>();
		for (String phrase : phrases) {
			int start = find(document.text(), phrase);
			spans.add(Span.of(document.text(), start, start + phrase.length()));
		}
		annotations.add(Annotation.of("a" + (annotations.size() + 1), type, spans, annotator, NOW));
		return this;
	}

	/** Tags {@code [start, end)}. */
	public Tagger range(String type, int start, int end) {
		annotations.add(Annotation.of("a" + (annotations.size() + 1), type,
				List.of(Span.of(document.text(), start, end)), annotator, NOW));
		return this;
	}

	/** The set made so far. */
	public AnnotationSet set() {
		return AnnotationSet.of(annotator, document.id(), document.sha256(), annotations, List.of());
	}
}

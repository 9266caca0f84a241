package org.policyannotator.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.model.Document;
import org.policyannotator.search.Hit;

/** Finds the hits of one document: text matches, matching annotations, or text matches inside them. */
public final class DocumentMatcher {
	private final Optional<Pattern> pattern;
	private final int context;

	public DocumentMatcher(Optional<Pattern> pattern, int contextChars) {
		this.pattern = pattern;
		this.context = contextChars;
	}

	/** Text matches in the whole document. */
	public List<Hit> textHits(Document document, DeadlineText text) {
		List<Hit> hits = new ArrayList<>();
		find(new Place(document), text, 0, text.length(), "", "", hits);
		return hits;
	}

	/**
	 * With a pattern: its matches inside each annotation (once per place, even where annotations overlap);
	 * without: the annotations themselves.
	 */
	public List<Hit> annotationHits(Document document, DeadlineText text, List<IndexedAnnotation> annotations) {
		return annotationHits(document.id(), document.title(), text, annotations);
	}

	/** {@link #annotationHits(Document, DeadlineText, List)} of a document given by id, title and text. */
	public List<Hit> annotationHits(String id, String title, DeadlineText text, List<IndexedAnnotation> annotations) {
		Place document = new Place(id, title, text.toString());
		List<Hit> hits = new ArrayList<>();
		for (IndexedAnnotation annotation : annotations) {
			if (pattern.isEmpty()) {
				int start = Math.min(annotation.start(), text.length());
				int end = Math.min(Math.max(annotation.end(), start), text.length());
				hits.add(hit(document, start, end, annotation.type(), annotation.annotator()));
			} else {
				find(document, text, Math.min(annotation.start(), text.length()),
						Math.min(annotation.end(), text.length()), annotation.type(), annotation.annotator(), hits);
			}
		}
		hits.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end)
				.thenComparing(Hit::annotator).thenComparing(Hit::type));
		return pattern.isEmpty() ? hits : distinctPlaces(hits);
	}

	/** The document a hit is in. */
	private record Place(String id, String title, String text) {
		Place(Document document) {
			this(document.id(), document.title(), document.text());
		}
	}

	private void find(Place document, DeadlineText text, int from, int to, String type, String annotator,
			List<Hit> hits) {
		if (from >= to) {
			return;
		}
		Matcher matcher = pattern.orElseThrow().matcher(text).region(from, to);
		while (matcher.find()) {
			if (matcher.end() > matcher.start()) {
				hits.add(hit(document, matcher.start(), matcher.end(), type, annotator));
			}
			text.check();
		}
	}

	private static List<Hit> distinctPlaces(List<Hit> sorted) {
		List<Hit> distinct = new ArrayList<>();
		for (Hit hit : sorted) {
			Hit last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
			if (last == null || last.start() != hit.start() || last.end() != hit.end()) {
				distinct.add(hit);
			}
		}
		return distinct;
	}

	private Hit hit(Place document, int start, int end, String type, String annotator) {
		String text = document.text();
		String title = document.title().isBlank() ? document.id() : document.title();
		return new Hit(document.id(), title, start, end, flat(text.substring(Math.max(0, start - context), start)),
				text.substring(start, end), flat(text.substring(end, Math.min(text.length(), end + context))), type,
				annotator);
	}

	private static String flat(String context) {
		return context.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
	}
}

package org.policyannotator.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.preferences.TagAppearance;

/**
 * Paints one side of the comparison: each span filled with its type's colour (where spans overlap, the shortest
 * annotation's colour) and, where the annotators disagree, boxed in the colour of the difference kind. Colours come from a resource manager
 * that the owner disposes.
 */
final class SpanPainter {
	private final LocalResourceManager resources;
	private final Schema schema;

	SpanPainter(LocalResourceManager resources, Schema schema) {
		this.resources = resources;
		this.schema = schema;
	}

	/** Replaces the styles of {@code text} by the spans of {@code annotations}. */
	void paint(StyledText text, List<Annotation> annotations, Map<String, DifferenceKind> kinds) {
		int length = text.getCharCount();
		TreeSet<Integer> bounds = new TreeSet<>();
		for (Annotation a : annotations) {
			for (Span s : a.spans()) {
				bounds.add(Math.min(s.start(), length));
				bounds.add(Math.min(s.end(), length));
			}
		}
		List<StyleRange> ranges = new ArrayList<>();
		Integer start = bounds.isEmpty() ? null : bounds.first();
		while (start != null) {
			Integer end = bounds.higher(start);
			if (end == null) {
				break;
			}
			Annotation covering = top(annotations, start, end).orElse(null);
			if (covering != null) {
				ranges.add(range(start, end - start, covering, kinds.get(covering.id())));
			}
			start = end;
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	private StyleRange range(int start, int length, Annotation annotation, DifferenceKind kind) {
		StyleRange range = new StyleRange();
		range.start = start;
		range.length = length;
		range.background = colour(schema.tagType(annotation.type()).map(TagAppearance::rgb).orElse(0xdddddd));
		if (kind != null && kind.isDisagreement()) {
			range.borderStyle = SWT.BORDER_SOLID;
			range.borderColor = colour(kind.rgb());
		}
		return range;
	}

	/** The shortest annotation that covers [start, end). */
	private static java.util.Optional<Annotation> top(List<Annotation> annotations, int start, int end) {
		Annotation best = null;
		int bestLength = Integer.MAX_VALUE;
		for (Annotation a : annotations) {
			int covered = 0;
			boolean covers = false;
			for (Span s : a.spans()) {
				covered += s.length();
				covers |= s.start() <= start && end <= s.end();
			}
			if (covers && covered < bestLength) {
				best = a;
				bestLength = covered;
			}
		}
		return java.util.Optional.ofNullable(best);
	}

	Color colour(int rgb) {
		return resources.create(ColorDescriptor.createFrom(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)));
	}
}

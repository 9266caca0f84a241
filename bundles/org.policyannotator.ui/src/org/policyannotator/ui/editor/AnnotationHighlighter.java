package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.preferences.TagAppearance;

/**
 * Draws the spans in their types' colours as part of the text presentation: the first layer filled, the second
 * boxed, the third underlined, suggestions in a dashed box, other annotators' spans squiggly; the selected
 * annotation gets a dark box drawn over the text ({@link SelectionBox}). Only the spans inside the range being
 * redrawn are looked up (by binary search over the spans in text order), and an edit redraws only the range it
 * touched, so a tag on a document with tens of thousands of annotations costs the same as on a short one. The overview ruler marks the bottom layer. Colours come from a
 * resource manager that disposes them with the editor.
 */
final class AnnotationHighlighter implements ITextPresentationListener {

	/** Annotations are drawn by their type; none is tied to a marker. */
	static final IAnnotationAccess ACCESS = new IAnnotationAccess() {
		@Override
		public Object getType(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public boolean isMultiLine(Annotation annotation) {
			return true;
		}

		@Override
		public boolean isTemporary(Annotation annotation) {
			return true;
		}
	};

	private final ISourceViewer viewer;
	private final Supplier<Optional<AnnotationModelMirror>> mirror;
	private final LocalResourceManager resources;
	private final Map<String, Color> fills = new HashMap<>();
	private final Map<String, Color> lines = new HashMap<>();
	private final SelectionBox selectedBox;
	private AnnotationModelMirror listenedMirror;

	/**
	 * @param mirror the current mirror of the annotation sets (it is replaced when other annotators are shown)
	 */
	AnnotationHighlighter(ISourceViewer viewer, IOverviewRuler overviewRuler, Schema schema,
			Supplier<Optional<AnnotationModelMirror>> mirror) {
		this.viewer = viewer;
		this.mirror = mirror;
		resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTextWidget());
		for (TagType type : schema.tagTypes()) {
			int rgb = TagAppearance.rgb(type);
			fills.put(type.id(), colour(rgb));
			lines.put(type.id(), colour(darker(rgb)));
			if (overviewRuler != null) {
				for (SpanStyle style : List.of(SpanStyle.FILL, SpanStyle.SUGGESTED)) {
					String annotationType = style.annotationType(type.id());
					overviewRuler.addAnnotationType(annotationType);
					overviewRuler.setAnnotationTypeColor(annotationType, style == SpanStyle.FILL ? fills.get(type.id())
							: lines.get(type.id()));
					overviewRuler.setAnnotationTypeLayer(annotationType, style == SpanStyle.FILL ? 1 : 2);
				}
			}
		}
		selectedBox = new SelectionBox(viewer, colour(0x202020));
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
		if (overviewRuler != null) {
			overviewRuler.update();
		}
		mirrorChanged();
	}

	/** Call after the mirror was replaced (other annotators shown or hidden): listens to it and redraws all. */
	void mirrorChanged() {
		mirror.get().ifPresent(current -> {
			if (current != listenedMirror) {
				listenedMirror = current;
				current.addRedrawListener(this::redraw);
			}
		});
		viewer.invalidateTextPresentation();
	}

	/** Emphasises the spans of the selected annotation (none: empty) with a dark box. */
	void select(List<Span> spans) {
		selectedBox.show(spans);
	}

	/**
	 * Shows the spans of {@code [from, to)} again after an edit: their style ranges replace the widget's in that range
	 * in one call. Going through the viewer's presentation reconciler set the range's default style and then the
	 * spans, two resets of the widget's styles per edit, each of which makes SWT re-read style ranges for the caret
	 * and ask the window system where the mouse is.
	 */
	private void redraw(int from, int to) {
		StyledText widget = viewer.getTextWidget();
		if (to <= from || widget == null || widget.isDisposed()) {
			return;
		}
		// where the range is in the widget: its first and last character (the end of a range may lie outside the
		// mapped text, the last character does not)
		int widgetFrom = OverviewPainter.widgetOffset(viewer, from);
		int last = OverviewPainter.widgetOffset(viewer, to - 1);
		int widgetTo = last < 0 ? -1 : last + 1;
		if (widgetFrom < 0 || widgetTo - widgetFrom != to - from || widgetTo > widget.getCharCount()) {
			// part of the range is hidden (a visible region or folding): the viewer maps it piece by piece
			((ITextViewerExtension2) viewer).invalidateTextPresentation(from, to - from);
			return;
		}
		TextPresentation presentation = new TextPresentation(new Region(from, to - from), 16);
		applyTextPresentation(presentation);
		int shift = widgetFrom - from;
		List<StyleRange> ranges = new ArrayList<>(presentation.getDenumerableRanges());
		for (Iterator<StyleRange> it = presentation.getAllStyleRangeIterator(); it.hasNext();) {
			StyleRange range = it.next();
			range.start += shift;
			ranges.add(range);
		}
		widget.replaceStyleRanges(widgetFrom, to - from, ranges.toArray(StyleRange[]::new));
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		if (extent == null) {
			return;
		}
		int from = extent.getOffset();
		int to = from + extent.getLength();
		Optional<AnnotationModelMirror> current = mirror.get();
		if (current.isPresent() && current.get() == listenedMirror) {
			for (AnnotationModelMirror.Styled span : current.get().between(from, to)) {
				StyleRange range = clipped(span.start(), span.end(), from, to);
				if (range != null) {
					style(range, span);
					presentation.mergeStyleRange(range);
				}
			}
		}
	}

	private void style(StyleRange range, AnnotationModelMirror.Styled span) {
		Color line = lines.get(span.tagType());
		switch (span.style()) {
		case FILL -> range.background = fills.get(span.tagType());
		case BOX -> {
			range.borderStyle = SWT.BORDER_SOLID;
			range.borderColor = line;
		}
		case UNDERLINE -> {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_DOUBLE;
			range.underlineColor = line;
		}
		case SUGGESTED -> {
			range.borderStyle = SWT.BORDER_DASH;
			range.borderColor = line;
		}
		case OTHER -> {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
			range.underlineColor = line;
		}
		}
	}

	private static StyleRange clipped(int start, int end, int from, int to) {
		int s = Math.max(start, from);
		int e = Math.min(end, to);
		return e > s ? new StyleRange(s, e - s, null, null) : null;
	}

	private Color colour(int rgb) {
		return resources.create(ColorDescriptor.createFrom(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)));
	}

	/** The colour at 60 % brightness, for lines and boxes that must stand out on white. */
	static int darker(int rgb) {
		int r = (rgb >> 16) & 0xff;
		int g = (rgb >> 8) & 0xff;
		int b = rgb & 0xff;
		return ((r * 6 / 10) << 16) | ((g * 6 / 10) << 8) | (b * 6 / 10);
	}
}

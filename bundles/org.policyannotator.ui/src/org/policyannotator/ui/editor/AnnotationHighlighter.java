package org.policyannotator.ui.editor;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * Draws the spans of the schema's tag types in their colours: a painter with one annotation type per tag type and
 * style (fill, box, underline, dashed box for suggestions), the same types marked in the overview ruler, and a dark
 * box around the selected annotation. Colours come from a resource manager that disposes them with the editor.
 */
final class AnnotationHighlighter {
	private static final String FILL = "org.policyannotator.ui.strategy.fill";
	private static final String BOX = "org.policyannotator.ui.strategy.box";
	private static final String UNDERLINE = "org.policyannotator.ui.strategy.underline";
	private static final String DASHED = "org.policyannotator.ui.strategy.dashed";
	private static final String SELECTED = "org.policyannotator.ui.strategy.selected";
	private static final String OTHER = "org.policyannotator.ui.strategy.other";

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

	private final AnnotationPainter painter;
	private final LocalResourceManager resources;

	AnnotationHighlighter(ISourceViewer viewer, IOverviewRuler overviewRuler, Schema schema) {
		resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTextWidget());
		painter = new AnnotationPainter(viewer, ACCESS);
		painter.addTextStyleStrategy(FILL, new AnnotationPainter.HighlightingStrategy());
		painter.addTextStyleStrategy(BOX, new AnnotationPainter.BoxStrategy(SWT.BORDER_SOLID));
		painter.addTextStyleStrategy(UNDERLINE, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_DOUBLE));
		painter.addTextStyleStrategy(DASHED, new AnnotationPainter.BoxStrategy(SWT.BORDER_DASH));
		painter.addTextStyleStrategy(SELECTED, new AnnotationPainter.BoxStrategy(SWT.BORDER_SOLID));
		painter.addTextStyleStrategy(OTHER, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SQUIGGLE));

		for (TagType type : schema.tagTypes()) {
			int rgb = org.policyannotator.ui.preferences.TagAppearance.rgb(type);
			Color colour = colour(rgb);
			Color strong = colour(darker(rgb));
			register(viewer, overviewRuler, SpanStyle.FILL.annotationType(type.id()), FILL, colour, 1);
			// boxed and underlined spans overlap a filled one, whose ruler mark covers them: leaving them out of the
			// ruler halves its work on every repaint of a long document
			register(viewer, null, SpanStyle.BOX.annotationType(type.id()), BOX, strong, 2);
			register(viewer, null, SpanStyle.UNDERLINE.annotationType(type.id()), UNDERLINE, strong, 3);
			register(viewer, overviewRuler, SpanStyle.SUGGESTED.annotationType(type.id()), DASHED, strong, 4);
			register(viewer, null, SpanStyle.OTHER.annotationType(type.id()), OTHER, strong, 5);
		}
		painter.addAnnotationType(SpanStyle.SELECTED_TYPE, SELECTED);
		painter.setAnnotationTypeColor(SpanStyle.SELECTED_TYPE, colour(0x202020));

		// the presentation listener first: adding the painter makes it catch up with annotations already in the
		// model (a reopened document), and the styles it computes then must reach the text
		((ITextViewerExtension4) viewer).addTextPresentationListener(painter);
		((ITextViewerExtension2) viewer).addPainter(painter);
		painter.paint(org.eclipse.jface.text.IPainter.CONFIGURATION);
		if (overviewRuler != null) {
			overviewRuler.update();
		}
	}

	private void register(ISourceViewer viewer, IOverviewRuler ruler, String annotationType, String strategy, Color colour,
			int layer) {
		painter.addAnnotationType(annotationType, strategy);
		painter.setAnnotationTypeColor(annotationType, colour);
		if (ruler != null) {
			ruler.addAnnotationType(annotationType);
			ruler.setAnnotationTypeColor(annotationType, colour);
			ruler.setAnnotationTypeLayer(annotationType, layer);
		}
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

	/** Repaints after the annotation model changed outside the painter's notice. */
	void repaint() {
		painter.paint(org.eclipse.jface.text.IPainter.CONFIGURATION);
	}
}

package org.policyannotator.ui.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.schema.Schema;

/**
 * The annotation editor's drawing of spans, for a source viewer made elsewhere (the editor benchmark builds a bare
 * viewer with it): the sets are mirrored into the viewer's annotation model and drawn in their types' colours, and
 * later changes to the sets show as they do in the editor.
 */
public final class SpanHighlighting {

	private SpanHighlighting() {
	}

	/** How the overview ruler learns an annotation's type: the access the editor's own ruler uses. */
	public static IAnnotationAccess annotationAccess() {
		return AnnotationHighlighter.ACCESS;
	}

	/**
	 * Mirrors {@code sets} into {@code model} (the viewer's annotation model) and draws them in {@code viewer}; the
	 * bottom layer is marked on {@code overviewRuler} unless it is {@code null}. Running the returned action stops
	 * following the sets.
	 */
	public static Runnable install(ISourceViewer viewer, IOverviewRuler overviewRuler, IAnnotationModel model,
			List<AnnotationSet> sets, Schema schema) {
		AnnotationModelMirror mirror = new AnnotationModelMirror(model, sets);
		new AnnotationHighlighter(viewer, overviewRuler, schema, () -> Optional.of(mirror));
		return mirror::dispose;
	}
}

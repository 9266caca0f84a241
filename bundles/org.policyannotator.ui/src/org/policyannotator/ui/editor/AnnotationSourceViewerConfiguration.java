package org.policyannotator.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** The text editor's configuration with the annotation hover. */
final class AnnotationSourceViewerConfiguration extends TextSourceViewerConfiguration {
	private final AnnotationEditor editor;

	AnnotationSourceViewerConfiguration(AnnotationEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new AnnotationHover(editor);
	}
}

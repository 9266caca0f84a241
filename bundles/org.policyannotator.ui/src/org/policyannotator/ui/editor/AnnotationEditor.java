package org.policyannotator.ui.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The annotation editor: a corpus document's text, read-only and wrapped, on which annotations are drawn.
 */
public final class AnnotationEditor extends TextEditor {

	public AnnotationEditor() {
		setDocumentProvider(new CorpusDocumentProvider());
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		setWordWrap(true);
	}

	@Override
	public boolean isEditable() {
		return false;
	}
}

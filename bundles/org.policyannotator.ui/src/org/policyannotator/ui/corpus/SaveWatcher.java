package org.policyannotator.ui.corpus;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.policyannotator.ui.editor.AnnotationEditor;

/** Runs an action each time an annotation editor of a page is saved (its dirty mark goes away). */
final class SaveWatcher implements IPartListener2 {
	private final IWorkbenchPage page;
	private final IPropertyListener dirtyListener;

	SaveWatcher(IWorkbenchPage page, Runnable onSave) {
		this.page = page;
		this.dirtyListener = (source, property) -> {
			if (property == IEditorPart.PROP_DIRTY && source instanceof IEditorPart editor && !editor.isDirty()) {
				onSave.run();
			}
		};
		page.addPartListener(this);
		for (IEditorReference reference : page.getEditorReferences()) {
			watch(reference);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		watch(reference);
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof AnnotationEditor editor) {
			editor.removePropertyListener(dirtyListener);
		}
	}

	private void watch(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof AnnotationEditor editor) {
			editor.removePropertyListener(dirtyListener);
			editor.addPropertyListener(dirtyListener);
		}
	}

	void dispose() {
		page.removePartListener(this);
		for (IEditorReference reference : page.getEditorReferences()) {
			partClosed(reference);
		}
	}
}

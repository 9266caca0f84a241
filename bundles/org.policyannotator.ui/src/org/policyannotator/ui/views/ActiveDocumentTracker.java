package org.policyannotator.ui.views;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * Tells a view which corpus document the user is looking at: the input of the active annotation editor,
 * or nothing once the last editor is closed. An editor opened without being activated counts too (a codebook
 * change or an import reopens the corpus's editors while the user works in a view).
 */
final class ActiveDocumentTracker implements IPartListener2 {
	private final IWorkbenchPage page;
	private final Consumer<Optional<DocumentEditorInput>> onChange;
	private Optional<DocumentEditorInput> current = Optional.empty();

	ActiveDocumentTracker(IWorkbenchPage page, Consumer<Optional<DocumentEditorInput>> onChange) {
		this.page = page;
		this.onChange = onChange;
		page.addPartListener(this);
		update();
	}

	void dispose() {
		page.removePartListener(this);
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		update();
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		update();
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		update();
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		update();
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		update();
	}

	private void update() {
		IEditorPart editor = page.getActiveEditor();
		Optional<DocumentEditorInput> input = editor != null && editor.getEditorInput() instanceof DocumentEditorInput d
				? Optional.of(d)
				: Optional.empty();
		if (!input.equals(current)) {
			current = input;
			onChange.accept(input);
		}
	}
}

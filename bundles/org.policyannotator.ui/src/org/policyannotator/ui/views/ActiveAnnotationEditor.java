package org.policyannotator.ui.views;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.model.AnnotationSetListener;
import org.policyannotator.ui.editor.AnnotationEditor;

/**
 * Follows the active annotation editor for a view: tells it when another editor (or none) becomes active, when the
 * editor's annotation set changes (undo and redo included) and when the editor's selected annotation changes.
 * Listeners are always called on the UI thread.
 */
public final class ActiveAnnotationEditor implements IPartListener2 {
	/** What a view wants to hear. Every method has a do-nothing default. */
	public interface Listener {
		default void editorChanged(Optional<AnnotationEditor> editor) {
		}

		default void setChanged(AnnotationSetEvent event) {
		}

		default void selectionChanged(Optional<Annotation> selected) {
		}
	}

	private final IWorkbenchPage page;
	private final Listener listener;
	private final AnnotationSetListener setListener = this::fireSetChanged;
	private final Consumer<Optional<Annotation>> selectionListener = this::fireSelectionChanged;
	private Optional<AnnotationEditor> current = Optional.empty();
	private AnnotationSet listenedSet;

	public ActiveAnnotationEditor(IWorkbenchPage page, Listener listener) {
		this.page = page;
		this.listener = listener;
		page.addPartListener(this);
	}

	/** Looks at the page's active editor now (call once the view's controls exist). */
	public void start() {
		update();
	}

	/** The editor the view follows. */
	public Optional<AnnotationEditor> editor() {
		return current;
	}

	public void dispose() {
		page.removePartListener(this);
		detach();
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		update();
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		update();
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (current.isPresent() && reference.getPart(false) == current.get()) {
			detach();
			current = Optional.empty();
			listener.editorChanged(current);
		}
		update();
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		update();
	}

	private void update() {
		IEditorPart active = page.getActiveEditor();
		Optional<AnnotationEditor> editor = active instanceof AnnotationEditor a && a.session().isPresent()
				? Optional.of(a)
				: Optional.empty();
		if (editor.equals(current)) {
			return;
		}
		detach();
		current = editor;
		editor.ifPresent(e -> {
			listenedSet = e.session().orElseThrow().set();
			listenedSet.addListener(setListener);
			e.addSelectedAnnotationListener(selectionListener);
		});
		listener.editorChanged(current);
	}

	private void detach() {
		if (listenedSet != null) {
			listenedSet.removeListener(setListener);
			listenedSet = null;
		}
		current.ifPresent(e -> e.removeSelectedAnnotationListener(selectionListener));
	}

	private void fireSetChanged(AnnotationSetEvent event) {
		onUiThread(() -> listener.setChanged(event));
	}

	private void fireSelectionChanged(Optional<Annotation> selected) {
		onUiThread(() -> listener.selectionChanged(selected));
	}

	private static void onUiThread(Runnable runnable) {
		if (Display.getCurrent() != null) {
			runnable.run();
		} else {
			Display.getDefault().asyncExec(runnable);
		}
	}
}

package org.policyannotator.ui.codes;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * The tag palette's context menu for editing the codebook in use (Rename, Move, Merge, Delete), and Ctrl+Z / Ctrl+Y
 * in the palette for those changes.
 */
public final class PaletteMenu {
	private final TreeViewer viewer;
	private final Supplier<Optional<Path>> folder;
	private final java.util.function.Function<Object, Optional<TagType>> typeOf;

	private interface Edit {
		Optional<CodebookOperation> run(CodeEditing editing, TagType code) throws ExecutionException;
	}

	private PaletteMenu(TreeViewer viewer, Supplier<Optional<Path>> folder,
			java.util.function.Function<Object, Optional<TagType>> typeOf) {
		this.viewer = viewer;
		this.folder = folder;
		this.typeOf = typeOf;
	}

	/**
	 * Installs the menu on the palette's tree; {@code folder} gives the corpus of the codes shown, if any, and
	 * {@code typeOf} the code a tree element stands for.
	 */
	public static void install(IViewSite site, TreeViewer viewer, Supplier<Optional<Path>> folder,
			java.util.function.Function<Object, Optional<TagType>> typeOf) {
		PaletteMenu menu = new PaletteMenu(viewer, folder, typeOf);
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu::fill);
		viewer.getControl().setMenu(manager.createContextMenu(viewer.getControl()));
		var context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(site, context));
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(site, context));
	}

	private void fill(IMenuManager menu) {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		Optional<TagType> code = typeOf.apply(first);
		if (code.isEmpty() || folder.get().isEmpty()) {
			return;
		}
		menu.add(action("Rename Code...", code.get(), CodeEditing::rename));
		menu.add(action("Move Code...", code.get(), CodeEditing::move));
		menu.add(action("Merge Into...", code.get(), CodeEditing::merge));
		menu.add(action("Delete Code...", code.get(), PaletteMenu::delete));
	}

	private static Optional<CodebookOperation> delete(CodeEditing editing, TagType code) throws ExecutionException {
		long used = editing.used(code);
		CodeEditing.Fate fate;
		if (used == 0) {
			fate = MessageDialog.openConfirm(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					"Delete Code", "Delete " + code.label() + "? No annotation uses it.") ? CodeEditing.Fate.DELETE
							: CodeEditing.Fate.CANCEL;
		} else {
			fate = editing.askFate(code, used);
		}
		Optional<TagType> other = fate == CodeEditing.Fate.OTHER ? editing.askOther(code) : Optional.empty();
		if (fate == CodeEditing.Fate.OTHER && other.isEmpty()) {
			return Optional.empty();
		}
		return editing.delete(code, fate, other);
	}

	private Action action(String label, TagType code, Edit edit) {
		return new Action(label) {
			@Override
			public void run() {
				var shell = viewer.getControl().getShell();
				try {
					Path corpus = folder.get().orElseThrow();
					edit.run(new CodeEditing(shell, corpus, CorpusRegistry.getDefault().corpus(corpus)), code);
				} catch (ExecutionException | IllegalArgumentException | java.io.IOException e) {
					MessageDialog.openError(shell, label.replace("...", ""), e.getMessage());
				}
			}
		};
	}
}

package org.policyannotator.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * "Compare Annotators...": for the document selected in the navigator or open in the active annotation editor, asks
 * for two annotators and opens the comparison editor.
 */
public final class CompareAnnotatorsHandler extends AbstractHandler {

	private record Target(Path corpusFolder, String documentId, String title) {
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Optional<Target> target = target(event);
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		if (target.isEmpty()) {
			MessageDialog.openInformation(shell, "Compare Annotators", "Select a document in the corpus navigator"
					+ " or open one in the annotation editor first.");
			return null;
		}
		if (!saveEditorsOf(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), target.get(), shell)) {
			return null;
		}
		try {
			Corpus corpus = CorpusRegistry.getDefault().corpus(target.get().corpusFolder());
			String id = target.get().documentId();
			List<String> annotators = new ArrayList<>();
			for (String name : corpus.annotators()) {
				if (corpus.documentIdsAnnotatedBy(name).contains(id)) {
					annotators.add(name);
				}
			}
			if (annotators.size() < 2) {
				MessageDialog.openInformation(shell, "Compare Annotators", "Fewer than two annotators have tagged "
						+ id + " (" + (annotators.isEmpty() ? "none" : String.join(", ", annotators)) + ").");
				return null;
			}
			String me = AnnotatorIdentity.current();
			String left = annotators.contains(me) ? me : annotators.get(0);
			String right = annotators.contains("reference") && !left.equals("reference") ? "reference"
					: annotators.stream().filter(a -> !a.equals(left)).findFirst().orElseThrow();
			AnnotatorPairDialog dialog = new AnnotatorPairDialog(shell, target.get().title(), annotators, left, right);
			if (dialog.open() != Window.OK) {
				return null;
			}
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
			window.getActivePage().openEditor(new ComparisonInput(target.get().corpusFolder(), id,
					target.get().title(), dialog.left(), dialog.right()), ComparisonEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the comparison: " + e.getMessage(), e);
		} catch (Exception e) {
			throw new ExecutionException("Could not read the annotators: " + e.getMessage(), e);
		}
		return null;
	}

	private static Optional<Target> target(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof AnnotationEditor editor && editor.getEditorInput() instanceof DocumentEditorInput input) {
			return Optional.of(new Target(input.corpusFolder(), input.documentId(), input.getName()));
		}
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentNode node) {
			return Optional.of(new Target(node.corpusFolder(), node.documentId(), node.title()));
		}
		return Optional.empty();
	}

	/**
	 * The comparison shows saved sets: offers to save unsaved changes to the document first. False if the user
	 * cancelled.
	 */
	private static boolean saveEditorsOf(org.eclipse.ui.IWorkbenchPage page, Target target, Shell shell) {
		for (org.eclipse.ui.IEditorPart editor : page.getDirtyEditors()) {
			if (editor.getEditorInput() instanceof org.policyannotator.ui.editor.DocumentEditorInput input
					&& input.documentId().equals(target.documentId())
					&& input.corpusFolder().equals(target.corpusFolder().toAbsolutePath().normalize())) {
				int answer = new MessageDialog(shell, "Compare Annotators", null, "\u201c" + editor.getTitle()
						+ "\u201d has unsaved changes. The comparison shows saved annotations: save them first?",
						MessageDialog.QUESTION, 0, "&Save", "Compare &Without Saving", "Cancel").open();
				if (answer == 0) {
					editor.doSave(null);
				} else if (answer != 1) {
					return false;
				}
			}
		}
		return true;
	}
}

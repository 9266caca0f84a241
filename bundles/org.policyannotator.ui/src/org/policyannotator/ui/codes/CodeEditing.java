package org.policyannotator.ui.codes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.model.corpus.CodebookChange;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.CodebookEdits;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * Editing a codebook in use from the tag palette: rename a code, move it under another, merge it into another,
 * delete it (asking what becomes of its annotations when it is used). Each is one {@link CodebookOperation}: undone
 * with Ctrl+Z, with the annotations of every annotator following. Unsaved tagging of the corpus is saved first.
 */
public final class CodeEditing {
	/** What becomes of the annotations of a deleted code. */
	public enum Fate {
		/** They are removed. */
		DELETE,
		/** They get the parent code. */
		PARENT,
		/** They get another code. */
		OTHER,
		/** Nothing is deleted. */
		CANCEL
	}

	private final Shell shell;
	private final Path folder;
	private final Corpus corpus;

	/** Edits the codebook of the corpus in {@code folder}. */
	public CodeEditing(Shell shell, Path folder, Corpus corpus) {
		this.shell = shell;
		this.folder = folder;
		this.corpus = corpus;
	}

	/** Asks for a new label and renames the code (its id, and so its annotations, stay). */
	public Optional<CodebookOperation> rename(TagType code) throws ExecutionException {
		InputDialog dialog = new InputDialog(shell, "Rename Code", "New name of " + code.label() + ":", code.label(),
				text -> text.isBlank() ? "A code needs a name." : null);
		if (dialog.open() != Window.OK || dialog.getValue().strip().equals(code.label())) {
			return Optional.empty();
		}
		return change("Rename " + code.label(), CodebookEdits.rename(corpus.schema(), code.id(), code.id(),
				dialog.getValue().strip()), Map.of());
	}

	/** Asks for the new parent (or the top level) and moves the code with its children there. */
	public Optional<CodebookOperation> move(TagType code) throws ExecutionException {
		List<Object> places = new ArrayList<>();
		places.add("(top level)");
		corpus.schema().tagTypes().stream().filter(t -> !corpus.schema().tree().isAncestorOrSelf(code.id(), t.id()))
				.forEach(places::add);
		Optional<Object> parent = choose("Move " + code.label(), "Move " + code.label() + " under:", places);
		if (parent.isEmpty()) {
			return Optional.empty();
		}
		String id = parent.get() instanceof TagType t ? t.id() : "";
		return change("Move " + code.label(), CodebookEdits.move(corpus.schema(), code.id(), id), Map.of());
	}

	/** Asks for the code to merge into; the code disappears and its annotations take the other code. */
	public Optional<CodebookOperation> merge(TagType code) throws ExecutionException {
		List<Object> targets = corpus.schema().tagTypes().stream()
				.filter(t -> !corpus.schema().tree().isAncestorOrSelf(code.id(), t.id())).map(t -> (Object) t).toList();
		Optional<Object> into = choose("Merge " + code.label(), "Merge " + code.label()
				+ " into (its annotations take that code):", targets);
		if (into.isEmpty()) {
			return Optional.empty();
		}
		TagType target = (TagType) into.get();
		return change("Merge " + code.label() + " into " + target.label(),
				CodebookEdits.merge(corpus.schema(), code.id(), target.id()), Map.of(code.id(), target.id()));
	}

	/** Deletes the code; when annotations use it, asks whether to delete them or give them another code. */
	public Optional<CodebookOperation> delete(TagType code, Fate fate, Optional<TagType> other)
			throws ExecutionException {
		Schema changed = CodebookEdits.delete(corpus.schema(), code.id());
		String to = switch (fate) {
		case DELETE -> "";
		case PARENT -> code.parent();
		case OTHER -> other.orElseThrow().id();
		case CANCEL -> null;
		};
		if (to == null) {
			return Optional.empty();
		}
		return change("Delete " + code.label(), changed, used(code) == 0 ? Map.of() : Map.of(code.id(), to));
	}

	/** How many annotations of all annotators use the code. */
	public long used(TagType code) throws ExecutionException {
		try {
			return CodebookChange.usage(corpus).getOrDefault(code.id(), 0L);
		} catch (CorpusException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	/** Asks what becomes of the annotations of a code in use that is deleted. */
	public Fate askFate(TagType code, long used) {
		List<String> buttons = new ArrayList<>(List.of("Delete Its Annotations"));
		if (!code.parent().isEmpty()) {
			buttons.add("Move Them to " + corpus.schema().tagType(code.parent()).map(TagType::label).orElse(code.parent()));
		}
		buttons.add("Move Them to Another Code...");
		buttons.add("Cancel");
		MessageDialog dialog = new MessageDialog(shell, "Delete Code", null, code.label() + " is used by " + used
				+ " annotations in the corpus. What becomes of them?", MessageDialog.QUESTION,
				buttons.size() - 1, buttons.toArray(String[]::new));
		int answer = dialog.open();
		String chosen = answer < 0 ? "Cancel" : buttons.get(answer);
		return chosen.startsWith("Delete") ? Fate.DELETE : chosen.startsWith("Move Them to Another") ? Fate.OTHER
				: chosen.startsWith("Move") ? Fate.PARENT : Fate.CANCEL;
	}

	/** Asks for the code that takes the annotations of a deleted code. */
	public Optional<TagType> askOther(TagType code) {
		List<Object> others = corpus.schema().tagTypes().stream().filter(t -> !t.id().equals(code.id()))
				.map(t -> (Object) t).toList();
		return choose("Delete " + code.label(), "Give its annotations the code:", others).map(TagType.class::cast);
	}

	private Optional<Object> choose(String title, String message, List<Object> elements) {
		return CodePicker.choose(shell, title, message, elements);
	}

	/** Saves the corpus's unsaved tagging, then runs the change on the operation history. */
	private Optional<CodebookOperation> change(String label, Schema schema, Map<String, String> mapping)
			throws ExecutionException {
		if (!saveEditors(label)) {
			return Optional.empty();
		}
		CodebookOperation operation = new CodebookOperation(label, folder, schema, mapping);
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null, null);
		return Optional.of(operation);
	}

	/** Saves the open editors of the corpus with unsaved tagging, after asking; false if the user cancels. */
	private boolean saveEditors(String label) {
		List<IEditorPart> dirty = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart editor = reference.getEditor(false);
					if (editor != null && editor.isDirty() && editor.getEditorInput() instanceof DocumentEditorInput input
							&& input.corpusFolder().toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())) {
						dirty.add(editor);
					}
				}
			}
		}
		if (dirty.isEmpty()) {
			return true;
		}
		String which = dirty.size() == 1 ? "1 open document of this corpus has unsaved tagging. It is"
				: dirty.size() + " open documents of this corpus have unsaved tagging. They are";
		if (!MessageDialog.openConfirm(shell, label, which + " saved first, so that the annotations follow the codebook.")) {
			return false;
		}
		dirty.forEach(editor -> editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor()));
		return dirty.stream().noneMatch(IEditorPart::isDirty);
	}
}

package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.model.corpus.DocumentCodes;

/**
 * Gives documents their document-level codes by one annotator ({@link DocumentCodes}) on the workbench operation
 * history: Ctrl+Z in the navigator puts the codes back as they were, Ctrl+Y gives them again.
 */
public final class DocumentCodesOperation extends AbstractOperation {
	private final Path folder;
	private final String annotator;
	private final Map<String, List<String>> after;
	private Map<String, List<String>> before = Map.of();

	/**
	 * @param folder    the corpus
	 * @param annotator whose codes change
	 * @param after     each changed document's codes after the change (empty: none)
	 */
	public DocumentCodesOperation(Path folder, String annotator, Map<String, List<String>> after) {
		super("Document Codes");
		this.folder = folder;
		this.annotator = annotator;
		this.after = Map.copyOf(after);
		addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		before = write(after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		write(before);
		return Status.OK_STATUS;
	}

	private Map<String, List<String>> write(Map<String, List<String>> codes) throws ExecutionException {
		try {
			Map<String, List<String>> was = DocumentCodes.set(CorpusRegistry.getDefault().corpus(folder), annotator,
					codes);
			CorpusRegistry.getDefault().refresh();
			return was;
		} catch (java.io.IOException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}

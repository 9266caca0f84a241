package org.policyannotator.ui.codes;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.model.corpus.CodebookChange;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.imports.ImportAnnotationsWizard;

/**
 * A change of a codebook in use (rename, move, merge, delete) on the workbench operation history: the schema and
 * the annotations of every annotator change together ({@link CodebookChange}), with a progress bar over the sets,
 * and Ctrl+Z takes it back. Afterwards the corpus is read again and its open editors show the new codes.
 */
public final class CodebookOperation extends AbstractOperation {
	private final Path folder;
	private final Schema schema;
	private final Map<String, String> mapping;
	private CodebookChange.Record record;
	private CodebookChange.Result result;

	/**
	 * @param label   what the change is called in Edit > Undo
	 * @param folder  the corpus
	 * @param schema  the new schema
	 * @param mapping old code to new code for the annotations, {@code ""} to remove them
	 */
	public CodebookOperation(String label, Path folder, Schema schema, Map<String, String> mapping) {
		super(label);
		this.folder = folder.toAbsolutePath().normalize();
		this.schema = schema;
		this.mapping = Map.copyOf(mapping);
		addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
	}

	/** What the last run did (for a summary). */
	public CodebookChange.Result result() {
		return result;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		run(monitor, "Changing the codebook and its annotations", progress -> {
			result = CodebookChange.apply(corpus(), schema, mapping, progress);
			record = result.undo();
		});
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		run(monitor, "Taking the codebook change back", progress -> CodebookChange.revert(corpus(), record, progress));
		return Status.OK_STATUS;
	}

	private interface Step {
		void run(java.util.function.BiConsumer<Integer, Integer> progress) throws CorpusException;
	}

	/** Runs a step with a progress bar (in the caller's monitor when it has one, else in a dialog). */
	private void run(IProgressMonitor given, String task, Step step) throws ExecutionException {
		IRunnableWithProgress runnable = monitor -> {
			monitor.beginTask(task, 100);
			int[] reported = { 0 };
			try {
				step.run((done, total) -> {
					int percent = total == 0 ? 100 : done * 100 / total;
					monitor.worked(percent - reported[0]);
					reported[0] = percent;
					monitor.subTask(done + " of " + total + " annotation sets");
				});
			} catch (CorpusException e) {
				throw new InvocationTargetException(e);
			} finally {
				monitor.done();
			}
		};
		try {
			if (given != null && Display.getCurrent() == null) {
				runnable.run(given);
			} else {
				PlatformUI.getWorkbench().getProgressService().busyCursorWhile(runnable);
			}
		} catch (InvocationTargetException e) {
			throw new ExecutionException(e.getCause().getMessage(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ExecutionException("interrupted", e);
		} finally {
			Display.getDefault().syncExec(() -> {
				CorpusRegistry.getDefault().reopen(folder);
				ImportAnnotationsWizard.reopenEditors(folder);
			});
		}
	}

	private Corpus corpus() throws CorpusException {
		try {
			return CorpusRegistry.getDefault().corpus(folder);
		} catch (java.io.IOException e) {
			throw new CorpusException(folder, e.getMessage(), e);
		}
	}
}

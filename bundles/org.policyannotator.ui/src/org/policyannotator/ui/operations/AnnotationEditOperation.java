package org.policyannotator.ui.operations;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.policyannotator.model.AnnotationSet;

/**
 * An annotation edit on the workbench operation history, in the editor's undo context, so that Ctrl+Z and Ctrl+Y
 * undo and redo tagging like typing.
 */
public final class AnnotationEditOperation extends AbstractOperation {
	private final AnnotationSet set;
	private final AnnotationEdit edit;

	public AnnotationEditOperation(String label, AnnotationSet set, AnnotationEdit edit, IUndoContext context) {
		super(label);
		this.set = set;
		this.edit = edit;
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return run(() -> edit.apply(set));
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return run(() -> edit.apply(set));
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return run(() -> edit.revert(set));
	}

	private static IStatus run(Runnable change) throws ExecutionException {
		try {
			change.run();
			return Status.OK_STATUS;
		} catch (IllegalArgumentException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}

package org.policyannotator.ui.compare;

import java.util.Set;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.ui.operations.AnnotationEdit;

/** A decision on conflicts (keep ours, take theirs, keep both): the change of the set and the decision, undoable. */
final class ConflictDecisionOperation extends AbstractOperation {
	private final AnnotationSet set;
	private final AnnotationEdit edit;
	private final ConflictDecisions decisions;
	private final Set<String> ids;
	private final Runnable changed;

	ConflictDecisionOperation(String label, AnnotationSet set, AnnotationEdit edit, ConflictDecisions decisions,
			Set<String> ids, IUndoContext context, Runnable changed) {
		super(label);
		this.set = set;
		this.edit = edit;
		this.decisions = decisions;
		this.ids = Set.copyOf(ids);
		this.changed = changed;
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return redo(monitor, info);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		try {
			edit.apply(set);
		} catch (IllegalArgumentException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		decisions.decide(ids);
		changed.run();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		try {
			edit.revert(set);
		} catch (IllegalArgumentException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		decisions.undecide(ids);
		changed.run();
		return Status.OK_STATUS;
	}
}

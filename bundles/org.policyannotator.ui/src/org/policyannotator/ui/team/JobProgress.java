package org.policyannotator.ui.team;

import org.eclipse.core.runtime.IProgressMonitor;
import org.policyannotator.team.git.Progress;

/** A team operation's steps shown in a job's progress, and the job's Cancel button passed on to it. */
final class JobProgress implements Progress {
	private final IProgressMonitor monitor;

	JobProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void step(String what) {
		monitor.subTask(what);
	}

	@Override
	public boolean cancelled() {
		return monitor.isCanceled();
	}
}

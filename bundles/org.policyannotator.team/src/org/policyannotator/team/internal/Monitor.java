package org.policyannotator.team.internal;

import org.eclipse.jgit.lib.ProgressMonitor;
import org.policyannotator.team.git.Progress;

/** Git's progress reports, passed on as steps; Git asks it whether the user cancelled. */
public final class Monitor implements ProgressMonitor {
	private final Progress progress;

	/** Reports to {@code progress}. */
	public Monitor(Progress progress) {
		this.progress = progress;
	}

	@Override
	public void start(int totalTasks) {
	}

	@Override
	public void beginTask(String title, int totalWork) {
		progress.step(title);
	}

	@Override
	public void update(int completed) {
	}

	@Override
	public void endTask() {
	}

	@Override
	public boolean isCancelled() {
		return progress.cancelled();
	}

	@Override
	public void showDuration(boolean enabled) {
	}
}

package org.policyannotator.ui.exports;

import org.eclipse.core.runtime.IProgressMonitor;
import org.policyannotator.export.ExportProgress;

/** Export and import progress shown in a wizard's progress bar, cancelled by its Cancel button. */
public final class MonitorProgress implements ExportProgress {
	private final IProgressMonitor monitor;
	private int reported;

	/** Reports to {@code monitor}, which the caller began with one unit per document (or set). */
	public MonitorProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void worked(int done, int total, String documentId) {
		monitor.subTask(documentId + " (" + done + " of " + total + ")");
		monitor.worked(done - reported);
		reported = done;
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}
}

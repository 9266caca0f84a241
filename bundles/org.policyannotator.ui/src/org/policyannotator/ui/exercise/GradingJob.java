package org.policyannotator.ui.exercise;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.policyannotator.analysis.exercise.Gradebook;

/**
 * The gradebook's background work: optionally change the reference (accept a dispute, undo an acceptance), then
 * grade the class again with progress per submission, and hand the outcome to the UI thread. Cancelling stops the
 * grading between two submissions; a change already made stays made (and is said so).
 */
final class GradingJob extends Job {

	/** A change of the reference made before grading. */
	@FunctionalInterface
	interface Change {
		/** Makes the change; returns a sentence saying what changed (empty for none). */
		String apply(GradingRun run) throws IOException;
	}

	/**
	 * What the job did.
	 *
	 * @param run   the grading
	 * @param said  what changed in the reference (empty for none)
	 * @param book  the new gradebook, empty when grading failed or was stopped
	 * @param error why there is no gradebook or no change
	 */
	record Outcome(GradingRun run, String said, Optional<Gradebook> book, Optional<String> error) {
	}

	private final GradingRun run;
	private final Change change;
	private final Display display;
	private final Consumer<Outcome> done;

	GradingJob(String name, GradingRun run, Change change, Display display, Consumer<Outcome> done) {
		super(name);
		this.run = run;
		this.change = change;
		this.display = display;
		this.done = done;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == GradebookView.JOBS;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		String said = "";
		Outcome outcome;
		try {
			said = change.apply(run);
			progress.worked(5);
			outcome = new Outcome(run, said, Optional.of(grade(progress.split(95))), Optional.empty());
		} catch (CancellationException e) {
			outcome = new Outcome(run, said, Optional.empty(), Optional.of(e.getMessage()));
		} catch (IOException | RuntimeException e) {
			outcome = new Outcome(run, said, Optional.empty(), Optional.of(run.submissions() + ": "
					+ (e.getMessage() == null ? e.toString() : e.getMessage())));
		}
		Outcome finished = outcome;
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(finished));
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	private Gradebook grade(SubMonitor grading) throws IOException {
		return run.grade((graded, total) -> {
			if (graded == 0) {
				grading.setWorkRemaining(Math.max(total, 1));
			} else {
				grading.worked(1);
			}
			grading.subTask("Graded " + graded + " of " + total + " submissions");
			return !grading.isCanceled();
		});
	}
}

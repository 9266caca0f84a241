package org.policyannotator.ui.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.policyannotator.team.git.Credentials;
import org.policyannotator.team.git.SyncResult;
import org.policyannotator.team.git.TeamException;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Synchronize as a job: commit, fetch, merge annotation by annotation and push with progress and Cancel; then, on
 * the display thread, the open editors of the corpus take over the merged sets, the navigator is refreshed and the
 * outcome goes to {@code done}. The editors must have been saved before (see {@link CorpusEditors#saveFirst}).
 */
public final class SyncJob extends Job {
	private final Path corpus;
	private final String message;
	private final Optional<String> annotator;
	private final Optional<Credentials> credentials;
	private final Consumer<SyncOutcome> done;

	/**
	 * A synchronisation of {@code corpus} by {@code annotator} (who sends their own sets and the shared files; every
	 * change without one), committing with {@code message}; {@code done} gets the outcome.
	 */
	public SyncJob(Path corpus, String message, Optional<String> annotator, Optional<Credentials> credentials,
			Consumer<SyncOutcome> done) {
		super("Synchronize " + corpus.getFileName());
		this.corpus = corpus.toAbsolutePath().normalize();
		this.message = message;
		this.annotator = annotator;
		this.credentials = credentials;
		this.done = done;
		setUser(true);
		setRule(new CorpusRule(this.corpus));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Optional<SyncResult> result = Optional.empty();
		Optional<String> error = Optional.empty();
		boolean refused = false;
		try (TeamRepository team = TeamRepository.open(corpus)) {
			result = Optional.of(team.sync(message, annotator, credentials, new JobProgress(monitor)));
		} catch (TeamException e) {
			error = Optional.of(e.getMessage());
			refused = e.credentialsRefused();
		} catch (RuntimeException e) {
			error = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
		} finally {
			monitor.done();
		}
		Optional<SyncResult> finalResult = result;
		Optional<String> finalError = error;
		boolean credentialsRefused = refused;
		Display.getDefault().asyncExec(() -> done.accept(apply(finalResult, finalError, credentialsRefused)));
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** On the display thread: the corpus is read again when its schema changed, the editors take the merged sets. */
	private SyncOutcome apply(Optional<SyncResult> result, Optional<String> error, boolean credentialsRefused) {
		List<String> problems = List.of();
		if (result.isPresent() && !result.get().received().isEmpty()) {
			List<String> received = result.get().received();
			if (received.contains("schema.json") || received.contains("corpus.json")) {
				CorpusRegistry.getDefault().reopen(corpus);
			}
			problems = new CorpusEditors(corpus).refresh(received);
		}
		CorpusRegistry.getDefault().refresh();
		return new SyncOutcome(corpus, result, error, problems, credentialsRefused);
	}
}

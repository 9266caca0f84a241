package org.policyannotator.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationSetListener;
import org.policyannotator.model.corpus.SetFiles;

/**
 * Keeps a copy of the unsaved annotation set in the workspace, written a moment after each change, so that tagging
 * survives a crash: at most {@value #DELAY_MS} ms of work is lost. Changes coalesce: the first change after a copy
 * schedules the next one (in a background job), later changes ride along, and a set that has not changed since the
 * last copy is not written again, so steady tagging on a long document writes its set at most every
 * {@value #DELAY_MS} ms. The copy is removed when the set is saved or its changes are discarded, and offered back when
 * the document is opened again after a crash.
 */
final class RecoveryJournal {
	static final long DELAY_MS = 2_000;

	private final EditorSession session;
	private final Path file;
	private final Job writer;
	private final AnnotationSetListener listener;
	/** The set's revision in the copy on disk; -1 when there is none. */
	private volatile long writtenRevision = -1;

	RecoveryJournal(EditorSession session) {
		this.session = session;
		this.file = location(session);
		this.writer = Job.create("Saving recovery copy of " + session.document().title(), this::write);
		writer.setSystem(true);
		this.listener = event -> scheduleWrite();
	}

	/** The copy left behind by a session that ended without saving, if it differs from what is on disk. */
	Optional<AnnotationSet> leftover() {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			AnnotationSet copy = SetFiles.decode(Files.readAllBytes(file), file);
			boolean differs = !copy.annotations().equals(session.set().annotations())
					|| !copy.relations().equals(session.set().relations());
			return differs ? Optional.of(copy) : Optional.empty();
		} catch (IOException e) {
			ILog.of(RecoveryJournal.class).warn("Ignoring an unreadable recovery copy " + file + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	/** A write {@value #DELAY_MS} ms from now, unless one is already waiting (which will copy this change too). */
	private void scheduleWrite() {
		if (writer.getState() != Job.SLEEPING && writer.getState() != Job.WAITING) {
			writer.schedule(DELAY_MS);
		}
	}

	/** Starts writing the copy after each change. */
	void start() {
		session.set().addListener(listener);
	}

	/** Writes the copy now (for the tests and for shutdown). */
	void flush() {
		writer.cancel();
		write(null);
	}

	/** Removes the copy: the set was saved, or its changes were discarded. */
	void discard() {
		writer.cancel();
		writtenRevision = -1;
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			ILog.of(RecoveryJournal.class).warn("Could not remove the recovery copy " + file + ": " + e.getMessage());
		}
	}

	void stop() {
		session.set().removeListener(listener);
		writer.cancel();
	}

	Path file() {
		return file;
	}

	private IStatus write(IProgressMonitor monitor) {
		if (!session.isDirty()) {
			discard();
			return Status.OK_STATUS;
		}
		long revision = session.set().revision();
		if (revision == writtenRevision && Files.isRegularFile(file)) {
			return Status.OK_STATUS;
		}
		try {
			SetFiles.write(session.set(), file, false);
			writtenRevision = revision;
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.warning("Could not write the recovery copy " + file + ": " + e.getMessage(), e);
		}
	}

	private static Path location(EditorSession session) {
		Path state = Platform.getStateLocation(FrameworkUtil.getBundle(RecoveryJournal.class)).toPath();
		String corpus = session.corpus().directory().toAbsolutePath().normalize().toString();
		return state.resolve("recovery").resolve(hash(corpus)).resolve(session.annotator())
				.resolve(session.document().id() + ".json");
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

package org.policyannotator.ui.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policyannotator.team.git.SyncResult;

/**
 * What a Synchronize of the workbench did, for the user: the synchronisation's result, or why it failed, and what
 * the open editors could not take over.
 *
 * @param corpus         the corpus folder
 * @param result         what was sent, received, merged and what conflicts, when the synchronisation ran through
 * @param error          why it did not, naming the corpus or remote
 * @param editorProblems open editors that could not show the merged sets
 * @param credentialsRefused whether it failed because the remote wants (other) credentials
 */
public record SyncOutcome(Path corpus, Optional<SyncResult> result, Optional<String> error,
		List<String> editorProblems, boolean credentialsRefused) {

	/** Copies the list. */
	public SyncOutcome {
		editorProblems = List.copyOf(editorProblems);
	}

	/** An outcome that did not fail for want of credentials. */
	public SyncOutcome(Path corpus, Optional<SyncResult> result, Optional<String> error, List<String> editorProblems) {
		this(corpus, result, error, editorProblems, false);
	}

	/** One line for the user: what was sent and received, how many conflicts wait, or what went wrong. */
	public String summary() {
		if (error.isPresent()) {
			return "Not synchronised: " + error.get();
		}
		SyncResult r = result.orElseThrow();
		if (r.committed().isEmpty() && r.received().isEmpty() && r.conflicts().isEmpty() && r.notSent().isEmpty()) {
			return "Up to date: nothing to send, nothing received.";
		}
		String text = "Sent " + files(r.committed().size()) + ", received " + files(r.received().size());
		if (!r.conflicts().isEmpty()) {
			text += "; " + r.conflicts().size() + (r.conflicts().size() == 1 ? " conflict waits" : " conflicts wait")
					+ " for your decision";
		}
		if (!r.notSent().isEmpty()) {
			text += "; " + files(r.notSent().size()) + " of other annotators changed here not sent";
		}
		return text + "." + (r.attempts() > 1 ? " (The remote moved on meanwhile; pushed at attempt " + r.attempts()
				+ ".)" : "");
	}

	/**
	 * The details, one row each: what kind ("Conflict", "Received", "Sent", "Not sent", "Merged", "Editor") and the
	 * text.
	 */
	public List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		result.ifPresent(r -> {
			r.conflicts().forEach(c -> rows.add(new String[] { "Conflict", c }));
			r.received().forEach(f -> rows.add(new String[] { "Received", f }));
			r.committed().forEach(f -> rows.add(new String[] { "Sent", f }));
			r.notSent().forEach(f -> rows.add(new String[] { "Not sent", f + " (another annotator's, changed here)" }));
			r.notes().forEach(n -> rows.add(new String[] { "Merged", n }));
		});
		editorProblems.forEach(p -> rows.add(new String[] { "Editor", p }));
		return rows;
	}

	private static String files(int n) {
		return n + (n == 1 ? " file" : " files");
	}
}

package org.policyannotator.team.git;

import java.util.List;

/**
 * What a synchronisation did.
 *
 * @param committed  files of this clone committed before the exchange (paths in the corpus)
 * @param notSent    files changed here that were not sent because they are another annotator's (their sets and
 *                   suggestion files); they stay changed here
 * @param received   files that changed here because of what others had pushed
 * @param conflicts  what the user must decide, each naming its file; the files keep our version, theirs is in the
 *                   conflict file beside it
 * @param notes      what the merge decided on its own
 * @param pushed     whether the remote now has everything of this clone
 * @param attempts   how many times the push was tried (more than one when the remote moved on meanwhile)
 */
public record SyncResult(List<String> committed, List<String> notSent, List<String> received, List<String> conflicts,
		List<String> notes, boolean pushed, int attempts) {

	/** Copies the lists. */
	public SyncResult {
		committed = List.copyOf(committed);
		notSent = List.copyOf(notSent);
		received = List.copyOf(received);
		conflicts = List.copyOf(conflicts);
		notes = List.copyOf(notes);
	}
}

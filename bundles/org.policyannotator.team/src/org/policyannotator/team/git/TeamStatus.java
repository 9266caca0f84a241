package org.policyannotator.team.git;

import java.util.List;
import java.util.Optional;

/**
 * Where a shared corpus stands against its remote, as of the last fetch.
 *
 * @param branch        the branch this clone works on
 * @param remote        the remote's URL, when there is one
 * @param ahead         commits here that the remote has not got yet
 * @param behind        commits of the remote (as last fetched) not merged here yet
 * @param changed       files changed here since the last commit ({@code M}, {@code A} or {@code D} and the path)
 * @param conflictFiles conflict files left by merges, waiting for the user's decision
 * @param conflictedCopies conflicted copies that file-sync services (Dropbox, OneDrive, Syncthing) left, each as
 *                      "copy (service copy of original)"
 */
public record TeamStatus(String branch, Optional<String> remote, int ahead, int behind, List<String> changed,
		List<String> conflictFiles, List<String> conflictedCopies) {

	/** Copies the lists. */
	public TeamStatus {
		changed = List.copyOf(changed);
		conflictFiles = List.copyOf(conflictFiles);
		conflictedCopies = List.copyOf(conflictedCopies);
	}
}

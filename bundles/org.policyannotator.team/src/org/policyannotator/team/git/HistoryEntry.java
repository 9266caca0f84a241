package org.policyannotator.team.git;

import java.time.Instant;
import java.util.List;

/**
 * One commit in the history of a corpus or of one document.
 *
 * @param commit  the commit's abbreviated id, usable with restore
 * @param author  who made it
 * @param when    when it was made
 * @param message its message
 * @param changes what it changed, one line per file: for an annotation set, which annotations were added ({@code +}),
 *                changed ({@code ~}) or removed ({@code -})
 */
public record HistoryEntry(String commit, String author, Instant when, String message, List<String> changes) {

	/** Copies the list. */
	public HistoryEntry {
		changes = List.copyOf(changes);
	}
}

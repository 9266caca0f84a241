package org.policyannotator.search;

import java.util.List;

/**
 * How a search ended.
 *
 * @param documents documents read
 * @param hits      hits delivered
 * @param stop      why it ended
 * @param problems  documents or sets that could not be read, each naming its file (the search went on without them)
 */
public record SearchOutcome(int documents, int hits, Stop stop, List<String> problems) {

	/** Why a search ended. */
	public enum Stop {
		/** every document in scope was read */
		COMPLETE,
		/** the caller cancelled it */
		CANCELLED,
		/** the time limit was reached */
		TIME_LIMIT,
		/** the hit limit was reached */
		HIT_LIMIT
	}

	public SearchOutcome {
		problems = List.copyOf(problems);
	}

	/** One line for the user, e.g. "12 hits in 3 of 10 documents" plus why it stopped early. */
	public String describe(int documentsWithHits, java.time.Duration limit) {
		String line = String.format(java.util.Locale.ROOT, "%,d %s in %,d of %,d %s", hits, hits == 1 ? "hit" : "hits",
				documentsWithHits, documents, stop == Stop.COMPLETE ? documents == 1 ? "document" : "documents"
						: documents == 1 ? "document read" : "documents read");
		return switch (stop) {
		case COMPLETE -> line;
		case CANCELLED -> line + " (cancelled: results are incomplete)";
		case TIME_LIMIT -> line + " (stopped at the time limit of " + limit.toSeconds()
				+ " s: results are incomplete; a regular expression like (a+)+ can take forever, simplify it)";
		case HIT_LIMIT -> line + String.format(java.util.Locale.ROOT, " (stopped at %,d hits: narrow the search)", hits);
		};
	}
}

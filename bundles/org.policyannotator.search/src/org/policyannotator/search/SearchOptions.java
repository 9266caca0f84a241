package org.policyannotator.search;

import java.time.Duration;

/**
 * How a search runs.
 *
 * @param timeLimit    the search stops after this long (a regular expression that backtracks without end is
 *                     stopped, with the hits found so far)
 * @param maxHits      the search stops after this many hits; 0 for no limit
 * @param contextChars characters of context left and right of a hit
 */
public record SearchOptions(Duration timeLimit, int maxHits, int contextChars) {

	public static final SearchOptions DEFAULT = new SearchOptions(Duration.ofSeconds(30), 0, 40);

	public SearchOptions {
		if (timeLimit.isNegative() || timeLimit.isZero() || maxHits < 0 || contextChars < 0) {
			throw new IllegalArgumentException("time limit must be positive, hit limit and context not negative");
		}
	}

	public SearchOptions withTimeLimit(Duration limit) {
		return new SearchOptions(limit, maxHits, contextChars);
	}

	public SearchOptions withMaxHits(int max) {
		return new SearchOptions(timeLimit, max, contextChars);
	}
}

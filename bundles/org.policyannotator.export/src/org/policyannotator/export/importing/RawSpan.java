package org.policyannotator.export.importing;

import java.util.Optional;

/**
 * A span as a file states it, before it is checked against the document text.
 *
 * @param start          start in {@code unit}
 * @param end            end in {@code unit} (exclusive)
 * @param unit           what {@code start}/{@code end} count
 * @param quote          the quoted text the file states, if any
 * @param codePointStart for UTF-16 spans that also state code point offsets: the start in code points
 * @param codePointEnd   the end in code points, if stated
 */
record RawSpan(int start, int end, OffsetUnit unit, Optional<String> quote, Optional<Integer> codePointStart,
		Optional<Integer> codePointEnd) {

	static RawSpan codePoints(int start, int end, Optional<String> quote) {
		return of(start, end, OffsetUnit.CODE_POINTS, quote);
	}

	static RawSpan of(int start, int end, OffsetUnit unit, Optional<String> quote) {
		return new RawSpan(start, end, unit, quote, Optional.empty(), Optional.empty());
	}
}

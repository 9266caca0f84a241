package org.policyannotator.ui.editor;

/**
 * Where a line of the text is marked on the overview ruler, and back: the lines are spread evenly over the ruler's
 * height (or over the height the text takes, when it is shorter than the ruler), each mark {@link #MARK} pixels high.
 *
 * @param lines the number of lines of the text (at least 1)
 * @param height the pixels to spread them over
 */
record OverviewScale(int lines, int height) {
	/** The height of the mark of an annotation on one line. */
	static final int MARK = 4;

	OverviewScale {
		lines = Math.max(1, lines);
		height = Math.max(0, height);
	}

	/** The top of the mark of {@code line}. */
	int y(int line) {
		int usable = Math.max(0, height - MARK);
		int clamped = Math.max(0, Math.min(line, lines - 1));
		return lines == 1 ? 0 : (int) ((long) clamped * usable / (lines - 1));
	}

	/** The line whose mark is nearest to {@code y}. */
	int line(int y) {
		int usable = Math.max(1, height - MARK);
		int centred = Math.max(0, Math.min(y - MARK / 2, usable));
		return (int) Math.round((double) centred * (lines - 1) / usable);
	}

	/** The height of the mark of an annotation from line {@code first} to line {@code last}. */
	int markHeight(int first, int last) {
		return Math.max(MARK, y(last) - y(first));
	}
}

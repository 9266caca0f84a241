package org.policyannotator.importer.internal.pdf;

/**
 * One line of text on a PDF page, as laid out.
 *
 * @param page     the page, from 0
 * @param text     the line's text, words separated by single spaces
 * @param x        left edge, in points from the page's left
 * @param right    right edge, in points from the page's left
 * @param y        baseline, in points from the page's top
 * @param fontSize the most common font size of its characters, in points
 * @param tabular  whether its words stand apart in columns (a gap of two ems or more), as in a table row
 */
record PdfLine(int page, String text, float x, float right, float y, float fontSize, boolean tabular) {

	float width() {
		return right - x;
	}
}

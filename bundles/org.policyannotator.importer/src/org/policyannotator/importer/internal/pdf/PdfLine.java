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
 */
record PdfLine(int page, String text, float x, float right, float y, float fontSize) {

	float width() {
		return right - x;
	}
}

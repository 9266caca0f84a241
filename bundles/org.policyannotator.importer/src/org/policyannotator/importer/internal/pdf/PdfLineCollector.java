package org.policyannotator.importer.internal.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of every page with their positions and font sizes, in the order PDFBox reads them (the order
 * of the content stream, in which columns are written one after the other; lines of different columns on the same
 * height are therefore not merged).
 */
final class PdfLineCollector extends PDFTextStripper {
	private final List<List<PdfLine>> pages = new ArrayList<>();
	private final List<Float> pageHeights = new ArrayList<>();
	private final StringBuilder text = new StringBuilder();
	private final List<TextPosition> positions = new ArrayList<>();

	/** Reads all lines of a document. */
	static PdfLineCollector read(PDDocument document) throws IOException {
		PdfLineCollector collector = new PdfLineCollector();
		collector.setSortByPosition(false);
		collector.setSuppressDuplicateOverlappingText(true);
		collector.writeText(document, Writer.nullWriter());
		return collector;
	}

	private PdfLineCollector() {
	}

	/** The lines of each page, in reading order. */
	List<List<PdfLine>> pages() {
		return pages;
	}

	/** The height of each page as it is shown (a page turned by {@code /Rotate 90} shows its width), in points. */
	List<Float> pageHeights() {
		return pageHeights;
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		pages.add(new ArrayList<>());
		boolean turned = page.getRotation() % 180 != 0;
		pageHeights.add(turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight());
		super.startPage(page);
	}

	@Override
	protected void writeString(String string, List<TextPosition> textPositions) {
		text.append(PdfRuns.read(string, textPositions, positions.isEmpty() ? null : positions.get(positions.size() - 1)));
		positions.addAll(textPositions);
	}

	@Override
	protected void writeWordSeparator() {
		text.append(' ');
	}

	@Override
	protected void writeLineSeparator() {
		flush();
	}

	@Override
	protected void writeParagraphEnd() {
		flush();
	}

	@Override
	protected void endPage(PDPage page) throws IOException {
		flush();
		super.endPage(page);
	}

	private void flush() {
		String line = text.toString().strip().replaceAll("\\s+", " ");
		if (!line.isEmpty() && !positions.isEmpty() && !pages.isEmpty()) {
			float left = Float.MAX_VALUE;
			float right = 0;
			float y = 0;
			boolean tabular = false;
			Map<Float, Integer> sizes = new HashMap<>();
			TextPosition previous = null;
			for (TextPosition p : positions) {
				tabular |= previous != null && PdfRuns.farApart(previous, p);
				previous = p;
				left = Math.min(left, p.getXDirAdj());
				right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
				y = Math.max(y, p.getYDirAdj());
				sizes.merge(Math.round(p.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
			}
			float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
			pages.get(pages.size() - 1).add(new PdfLine(pages.size() - 1, line, left, right, y, size, tabular));
		}
		text.setLength(0);
		positions.clear();
	}
}

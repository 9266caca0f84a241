package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.policyannotator.model.Document;

/**
 * Shows where the pages of a paged document (a PDF) begin: a thin dotted rule in the gap above the line where a page
 * starts, a short tick at the exact place in that line, and the page number at the right edge ("p. 3"). Nothing is
 * drawn for documents without pages.
 */
final class PageBreakPainter {
	private final ITextViewer viewer;
	private final List<Integer> starts;

	private PageBreakPainter(ITextViewer viewer, List<Integer> starts) {
		this.viewer = viewer;
		this.starts = starts;
	}

	/** Installs the painter on the viewer's text widget when the document has pages; returns it (or null). */
	static PageBreakPainter install(ITextViewer viewer, Document document) {
		if (!document.hasPages()) {
			return null;
		}
		PageBreakPainter painter = new PageBreakPainter(viewer, document.details().pageStarts());
		viewer.getTextWidget().addPaintListener(painter::paint);
		viewer.getTextWidget().redraw();
		return painter;
	}

	/** A page break as shown: the page number and the widget offset of its first character. */
	record Mark(int page, int widgetOffset) {
	}

	/**
	 * The breaks shown, page 2 onwards (page 1 starts with the text); of pages without text that start at the same
	 * place, only the last is shown. Offsets are the widget's (the same as the text's unless lines are folded).
	 */
	List<Mark> marks() {
		List<Mark> marks = new ArrayList<>();
		for (int page = 2; page <= starts.size(); page++) {
			int start = starts.get(page - 1);
			if (page < starts.size() && starts.get(page) == start) {
				continue;
			}
			int widget = viewer instanceof ITextViewerExtension5 e ? e.modelOffset2WidgetOffset(start) : start;
			if (widget >= 0) {
				marks.add(new Mark(page, widget));
			}
		}
		return marks;
	}

	private void paint(PaintEvent event) {
		StyledText text = viewer.getTextWidget();
		Rectangle area = text.getClientArea();
		Color colour = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		event.gc.setForeground(colour);
		event.gc.setLineWidth(1);
		int gap = Math.max(2, text.getLineSpacing() / 2 + 1);
		for (Mark mark : marks()) {
			if (mark.widgetOffset() > text.getCharCount()) {
				continue;
			}
			Point at = text.getLocationAtOffset(mark.widgetOffset());
			int y = at.y - gap;
			if (y < event.y - 20 || y > event.y + event.height + 20) {
				continue;
			}
			event.gc.setLineStyle(SWT.LINE_DOT);
			event.gc.drawLine(area.x, y, area.x + area.width, y);
			event.gc.setLineStyle(SWT.LINE_SOLID);
			event.gc.drawLine(at.x, y, at.x, y + text.getLineHeight(mark.widgetOffset()) / 2);
			String label = "p. " + mark.page();
			Point size = event.gc.textExtent(label);
			event.gc.drawString(label, area.x + area.width - size.x - 4, y - size.y / 2, false);
		}
	}
}

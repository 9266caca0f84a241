package org.policyannotator.ui.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.JFaceTextUtil;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.policyannotator.model.Span;

/**
 * The dark box around the selected annotation's spans, drawn over the text after it is painted, one box per visual
 * line. Drawing it apart from the text's colours means that moving the selection only repaints the two places
 * instead of resetting the text's style ranges: in wrapped text SWT re-reads, for the caret, every style range from
 * the caret to the end of the document on each such reset (thousands in a large document).
 */
final class SelectionBox {
	private final ITextViewer viewer;
	private final Color colour;
	private List<Span> spans = List.of();

	SelectionBox(ITextViewer viewer, Color colour) {
		this.viewer = viewer;
		this.colour = colour;
		viewer.getTextWidget().addPaintListener(this::paint);
	}

	/** Boxes {@code selected} (none: empty) and repaints where the old and the new boxes are. */
	void show(List<Span> selected) {
		List<Span> previous = spans;
		spans = List.copyOf(selected);
		previous.forEach(this::repaint);
		spans.forEach(this::repaint);
	}

	/** The spans boxed now. */
	List<Span> spans() {
		return spans;
	}

	private void repaint(Span span) {
		StyledText text = viewer.getTextWidget();
		int start = OverviewPainter.widgetOffset(viewer, span.start());
		int end = OverviewPainter.widgetOffset(viewer, span.end());
		if (text == null || text.isDisposed() || start < 0 || end <= start || end > text.getCharCount()) {
			return;
		}
		Rectangle bounds = text.getTextBounds(start, end - 1);
		// invalidated through the parent (children included): StyledText.redraw(x, y, w, h, all) would also measure
		// the wrapped lines there again and ask the window system where the mouse is, though no text changed
		Composite parent = text.getParent();
		Point at = text.getDisplay().map(text, parent, bounds.x - 2, bounds.y - 1);
		parent.redraw(at.x, at.y, bounds.width + 4, bounds.height + 2, true);
	}

	private void paint(PaintEvent event) {
		StyledText text = viewer.getTextWidget();
		if (spans.isEmpty() || text.getCharCount() == 0) {
			return;
		}
		int top = text.getOffsetAtLine(JFaceTextUtil.getPartialTopIndex(text));
		int bottomLine = Math.min(text.getLineCount() - 1, JFaceTextUtil.getPartialBottomIndex(text) + 1);
		int bottom = text.getOffsetAtLine(bottomLine) + text.getLine(bottomLine).length();
		event.gc.setForeground(colour);
		event.gc.setLineWidth(1);
		for (Span span : spans) {
			int start = Math.max(top, OverviewPainter.widgetOffset(viewer, span.start()));
			int end = Math.min(bottom, OverviewPainter.widgetOffset(viewer, span.end()));
			if (start >= 0 && end > start) {
				box(event, text, start, end);
			}
		}
	}

	/**
	 * One rectangle per visual line that {@code [start, end)} covers (line breaks themselves are not boxed). A piece
	 * of one logical line is cut where its visual lines break, found by halving, so a long selected span costs a few
	 * look-ups per visual line, not one per character.
	 */
	private static void box(PaintEvent event, StyledText text, int start, int end) {
		String content = text.getText(start, end - 1);
		int from = start;
		for (int i = start; i <= end; i++) {
			boolean lineEnds = i == end || content.charAt(i - start) == '\n' || content.charAt(i - start) == '\r';
			if (lineEnds) {
				if (i > from) {
					boxVisualLines(event, text, from, i);
				}
				from = i + 1;
			}
		}
	}

	private static void boxVisualLines(PaintEvent event, StyledText text, int from, int to) {
		while (from < to) {
			int y = text.getTextBounds(from, from).y;
			int low = from; // the last character known to be on this visual line
			int high = to; // the first character known to be past it (or the end)
			if (text.getTextBounds(to - 1, to - 1).y == y) {
				low = to - 1;
			} else {
				while (high - low > 1) {
					int middle = (low + high) >>> 1;
					if (text.getTextBounds(middle, middle).y == y) {
						low = middle;
					} else {
						high = middle;
					}
				}
			}
			draw(event, text.getTextBounds(from, low));
			from = low + 1;
		}
	}

	private static void draw(PaintEvent event, Rectangle line) {
		if (line.intersects(event.x, event.y, event.width, event.height)) {
			event.gc.drawRectangle(line.x, line.y, line.width - 1, line.height - 1);
		}
	}
}

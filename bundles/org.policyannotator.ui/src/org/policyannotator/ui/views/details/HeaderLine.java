package org.policyannotator.ui.views.details;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The first line of the details form, which annotation is shown ("Claim “…” — annotator"): text wrapped to the
 * form's width on at most {@value #LINES} lines, cut with an ellipsis (the whole text is the tooltip), painted on a
 * canvas of a fixed height. A wrapping label had to be measured again by GTK (a forced resize) every time another
 * annotation was shown, on every tag; this line keeps its size whatever it shows, so showing another annotation only
 * repaints it.
 */
final class HeaderLine {
	static final int LINES = 2;
	private static final String ELLIPSIS = "\u2026";
	private final Canvas canvas;
	private String text = "";

	HeaderLine(Composite parent, int columns) {
		canvas = new Canvas(parent, SWT.NONE);
		GC gc = new GC(canvas);
		int lineHeight = gc.getFontMetrics().getHeight();
		gc.dispose();
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
		data.heightHint = LINES * lineHeight + 2;
		data.widthHint = 0; // as wide as the form, whatever the text: the form is not widened by a long quote
		canvas.setLayoutData(data);
		canvas.addPaintListener(this::paint);
		canvas.getAccessible().addAccessibleListener(AccessibleListener.getNameAdapter(event -> event.result = text));
	}

	/** Shows {@code newText}; repaints only if it differs from what is shown. */
	void setText(String newText) {
		if (newText.equals(text)) {
			return;
		}
		text = newText;
		canvas.setToolTipText(text);
		canvas.redraw();
	}

	String getText() {
		return text;
	}

	Control control() {
		return canvas;
	}

	private void paint(PaintEvent event) {
		int width = canvas.getClientArea().width;
		if (text.isEmpty() || width <= 0) {
			return;
		}
		TextLayout layout = new TextLayout(canvas.getDisplay());
		try {
			layout.setFont(canvas.getFont());
			layout.setWidth(width);
			layout.setText(text);
			if (layout.getLineCount() > LINES) {
				int end = layout.getLineOffsets()[LINES] - 1;
				do { // shorten the last shown line until the ellipsis fits on it
					layout.setText(text.substring(0, Math.max(0, end)).stripTrailing() + ELLIPSIS);
					end--;
				} while (layout.getLineCount() > LINES && end > 0);
			}
			event.gc.setForeground(canvas.getForeground());
			layout.draw(event.gc, 0, 1);
		} finally {
			layout.dispose();
		}
	}
}

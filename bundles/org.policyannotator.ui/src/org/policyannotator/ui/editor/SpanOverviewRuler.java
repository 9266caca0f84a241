package org.policyannotator.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.JFaceTextUtil;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.IOverviewRulerExtension;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ControlListener;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The editor's overview ruler: the same coloured marks per annotation type as the platform's ruler, a click jumps to
 * the annotation, but painted from an index of the annotations by type that follows the model's change events. The
 * platform's ruler walks every annotation of the model once for each registered type on every repaint, which on a
 * document with 20,000 annotations and a dozen span types made each tag cost several redraws of the editor.
 */
final class SpanOverviewRuler implements IOverviewRuler, IOverviewRulerExtension {
	private final int width;
	private final OverviewTypes types;
	private final AnnotationTypeIndex index = new AnnotationTypeIndex(this::update);
	private final OverviewPainter painter;
	private final AtomicBoolean updatePosted = new AtomicBoolean();
	private final ITextListener textListener = this::textChanged;
	private ITextViewer viewer;
	private IAnnotationModel model;
	private Canvas canvas;
	private Canvas header;
	private Color headerColour;
	private Cursor cursor;
	private int lastMouseLine = -1;

	SpanOverviewRuler(IAnnotationAccess access, int width, ISharedTextColors colours) {
		this.width = width;
		this.types = new OverviewTypes(access);
		this.painter = new OverviewPainter(index, types, colours);
	}

	@Override
	public Control createControl(Composite parent, ITextViewer textViewer) {
		viewer = textViewer;
		header = new Canvas(parent, SWT.NONE);
		header.addPaintListener(this::paintHeader);
		canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(event -> painter.paint(event.gc, canvas.getClientArea(), viewer, model,
				canvas.getBackground()));
		canvas.addMouseListener(MouseListener.mouseDownAdapter(this::clicked));
		canvas.addMouseMoveListener(event -> showHandOver(event.y));
		canvas.addMouseWheelListener(this::scrolled);
		canvas.addDisposeListener(event -> disposed());
		viewer.addTextListener(textListener);
		// wrapped text gets new lines when the editor is resized
		viewer.getTextWidget().addControlListener(ControlListener.controlResizedAdapter(event -> update()));
		return canvas;
	}

	/**
	 * The text changed: lines may have moved. A presentation-only event (the viewer redraws a range to show new
	 * colours: no document event, the range "replaced" by its own text) leaves the lines and the marks as they are,
	 * so the cached lines stay and nothing is repainted; an edit sends two or three of them, and forgetting the lines
	 * made the next paint look up the lines of every annotation again.
	 */
	private void textChanged(org.eclipse.jface.text.TextEvent event) {
		if (presentationOnly(event)) {
			return;
		}
		painter.forgetLines();
		update();
	}

	static boolean presentationOnly(org.eclipse.jface.text.TextEvent event) {
		String text = event.getText();
		return event.getDocumentEvent() == null && (text == null || text.length() == event.getLength());
	}

	private void disposed() {
		index.follow(null);
		if (viewer != null) {
			viewer.removeTextListener(textListener);
			viewer = null;
		}
	}

	@Override
	public Control getControl() {
		return canvas;
	}

	@Override
	public Control getHeaderControl() {
		return header;
	}

	@Override
	public int getWidth() {
		return width;
	}

	@Override
	public void setModel(IAnnotationModel newModel) {
		model = newModel;
		index.follow(newModel);
		update();
	}

	@Override
	public IAnnotationModel getModel() {
		return model;
	}

	/** Repaints soon: at once on the display's thread (the repaints of one event are merged), else posted once. */
	@Override
	public void update() {
		Canvas current = canvas;
		if (current == null || current.isDisposed()) {
			return;
		}
		Display display = current.getDisplay();
		if (Display.getCurrent() == display) {
			repaint();
		} else if (updatePosted.compareAndSet(false, true)) {
			display.asyncExec(() -> {
				updatePosted.set(false);
				repaint();
			});
		}
	}

	private void repaint() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
			updateHeader();
		}
	}

	@Override
	public void addAnnotationType(Object annotationType) {
		types.show(annotationType, true);
	}

	@Override
	public void removeAnnotationType(Object annotationType) {
		types.show(annotationType, false);
	}

	@Override
	public void setAnnotationTypeLayer(Object annotationType, int layer) {
		types.layer(annotationType, layer);
	}

	@Override
	public void setAnnotationTypeColor(Object annotationType, Color color) {
		types.colour(annotationType, color);
	}

	@Override
	public void addHeaderAnnotationType(Object annotationType) {
		types.showInHeader(annotationType, true);
	}

	@Override
	public void removeHeaderAnnotationType(Object annotationType) {
		types.showInHeader(annotationType, false);
	}

	@Override
	public void setUseSaturatedColors(boolean useSaturatedColors) {
		painter.setSaturated(useSaturatedColors);
	}

	@Override
	public int getAnnotationHeight() {
		return OverviewScale.MARK;
	}

	@Override
	public boolean hasAnnotation(int y) {
		return painter.annotationAt(y).isPresent();
	}

	@Override
	public int getLineOfLastMouseButtonActivity() {
		IDocument document = viewer == null ? null : viewer.getDocument();
		return document == null || lastMouseLine >= document.getNumberOfLines() ? -1 : lastMouseLine;
	}

	@Override
	public int toDocumentLineNumber(int y) {
		if (viewer == null || viewer.getDocument() == null || y < 0) {
			return -1;
		}
		Optional<Position> marked = painter.annotationAt(y);
		try {
			if (marked.isPresent()) {
				return viewer.getDocument().getLineOfOffset(marked.get().getOffset());
			}
		} catch (BadLocationException e) {
			// the text changed since the last paint: fall back to the line under the mouse
		}
		return JFaceTextUtil.widgetLine2ModelLine(viewer, painter.lineAt(y));
	}

	/** The annotation type whose mark the ruler shows (topmost) at the height of text offset {@code offset}, if any. */
	Optional<Object> typeShownAt(int offset) {
		if (viewer == null) {
			return Optional.empty();
		}
		int widgetOffset = OverviewPainter.widgetOffset(viewer, offset);
		return painter.markOfLine(viewer.getTextWidget().getLineAtOffset(widgetOffset)).map(OverviewPainter.Mark::type);
	}

	/** A click on a mark selects its annotation; a click elsewhere goes to the line there. */
	private void clicked(MouseEvent event) {
		if (viewer == null || viewer.getDocument() == null) {
			return;
		}
		Optional<Position> target = painter.annotationAt(event.y);
		if (target.isEmpty() && event.button == 1) {
			try {
				int line = Math.max(0, JFaceTextUtil.widgetLine2ModelLine(viewer, painter.lineAt(event.y)));
				target = Optional.of(new Position(viewer.getDocument().getLineOffset(line), 0));
			} catch (BadLocationException e) {
				// no such line any more: nothing to go to
			}
		}
		target.ifPresent(p -> {
			viewer.revealRange(p.getOffset(), p.getLength());
			viewer.setSelectedRange(p.getOffset(), p.getLength());
		});
		viewer.getTextWidget().setFocus();
		lastMouseLine = toDocumentLineNumber(event.y);
	}

	private void showHandOver(int y) {
		Cursor wanted = hasAnnotation(y) ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null;
		if (wanted != cursor) {
			canvas.setCursor(wanted);
			cursor = wanted;
		}
	}

	private void scrolled(MouseEvent event) {
		if (viewer != null) {
			viewer.setTopIndex(Math.max(0, viewer.getTopIndex() - event.count));
		}
	}

	/** The header shows the colour of the topmost header type that has annotations, as the platform's does. */
	private void updateHeader() {
		if (header == null || header.isDisposed()) {
			return;
		}
		List<Object> present = index.types();
		Color colour = null;
		List<Object> bottomUp = types.bottomUp();
		for (int i = bottomUp.size() - 1; i >= 0 && colour == null; i--) {
			Object type = bottomUp.get(i);
			if (types.inHeader(type) && present.stream().anyMatch(t -> types.shownAs(t).equals(Optional.of(type)))) {
				colour = types.colourOf(type).orElse(null);
			}
		}
		if (colour != headerColour) {
			headerColour = colour;
			header.redraw();
		}
	}

	private void paintHeader(PaintEvent event) {
		if (headerColour == null) {
			return;
		}
		Point size = header.getSize();
		int height = 2 * OverviewScale.MARK;
		int y = Math.max(0, (size.y - height) / 2);
		event.gc.setBackground(headerColour);
		event.gc.fillRectangle(OverviewPainter.INSET, y, size.x - 2 * OverviewPainter.INSET, height);
		event.gc.setForeground(header.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		event.gc.drawRectangle(OverviewPainter.INSET, y, size.x - 2 * OverviewPainter.INSET - 1, height - 1);
	}
}

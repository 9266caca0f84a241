package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.JFaceTextUtil;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints the overview ruler's marks: per shown type, bottom layer first, a light box with a darker edge at the
 * height of each annotation's line, from the annotations of that type only (the {@link AnnotationTypeIndex}); a mark
 * that falls on a box already marked in the same type is not painted again. The boxes are kept between paints
 * ({@link OverviewBoxes}) and only those of the annotations an edit touched move, so a repaint after a tag costs one
 * rectangle per marked row and type, whatever the number of annotations. Remembers which annotation each row shows,
 * for clicks and the cursor.
 */
final class OverviewPainter {
	static final int INSET = 2;

	private final AnnotationTypeIndex index;
	private final OverviewTypes types;
	private final ISharedTextColors colours;
	private boolean saturated;
	/** What each row of the ruler showed at the last paint: the topmost mark's type and annotation place. */
	record Mark(Object type, Position position) {
	}

	private Mark[] shownAt = new Mark[0];
	private OverviewScale scale = new OverviewScale(1, 0);
	private final OverviewBoxes boxes = new OverviewBoxes();
	private int textVersion;
	private WritableKey writableFor;
	private int writable;

	OverviewPainter(AnnotationTypeIndex index, OverviewTypes types, ISharedTextColors colours) {
		this.index = index;
		this.types = types;
		this.colours = colours;
	}

	/** Paint marks in their types' full colour instead of a lighter fill. */
	void setSaturated(boolean saturated) {
		this.saturated = saturated;
	}

	/** Forgets the lines of every annotation (the text changed). */
	void forgetLines() {
		index.forgetLines();
		textVersion++;
	}

	void paint(GC gc, Rectangle area, ITextViewer viewer, IAnnotationModel model, Color background) {
		gc.setBackground(background);
		gc.fillRectangle(area);
		Mark[] shown = new Mark[Math.max(0, area.height)];
		if (viewer != null && model != null && viewer.getTextWidget() != null && area.height > 0) {
			StyledText text = viewer.getTextWidget();
			OverviewScale now = new OverviewScale(text.getLineCount(), Math.min(area.height, writable(text, area.height)));
			scale = now;
			int rows = area.height;
			boxes.update(index, new Placing(now, rows), entry -> place(viewer, entry, rows));
			int width = area.width - 2 * INSET;
			for (Object type : types.bottomUp()) {
				Optional<Color> base = types.colourOf(type);
				List<OverviewBoxes.Box> marks = new ArrayList<>();
				if (base.isPresent()) {
					boxes.forEachBox(annotationType -> types.shownAs(annotationType).equals(Optional.of(type)),
							(box, entry) -> {
								marks.add(box);
								Mark mark = new Mark(type, entry.position);
								for (int row = box.y(); row < box.y() + box.height() && row < shown.length; row++) {
									shown[row] = mark;
								}
							});
				}
				if (marks.isEmpty()) {
					continue; // no colours or path made for a type with nothing to show
				}
				Color stroke = tint(base.get(), 0.2, background);
				gc.setForeground(stroke);
				gc.setBackground(saturated ? stroke : tint(base.get(), 0.75, background));
				gc.setLineWidth(0);
				// one path of boxes per type, filled and stroked once: a box at a time was a thousand strokes
				Path path = new Path(gc.getDevice());
				try {
					marks.forEach(box -> path.addRectangle(INSET, box.y(), width - 1, box.height() - 1));
					gc.setFillRule(SWT.FILL_WINDING); // overlapping boxes fill as one, without holes
					gc.fillPath(path);
					gc.drawPath(path);
				} finally {
					path.dispose();
				}
			}
		}
		shownAt = shown;
	}

	/** What the boxes' places depend on besides the text's lines. */
	private record Placing(OverviewScale scale, int rows) {
	}

	/** The box of an annotation on a ruler of {@code rows} pixels, null when it is not shown. */
	private OverviewBoxes.Box place(ITextViewer viewer, AnnotationTypeIndex.Entry entry, int rows) {
		if (entry.position.isDeleted() || entry.annotation.isMarkedDeleted()) {
			return null;
		}
		if (!entry.linesKnown() && !lookUpLines(viewer, entry)) {
			return null;
		}
		int height = Math.min(scale.markHeight(entry.firstLine, entry.lastLine), rows);
		return new OverviewBoxes.Box(y(entry.firstLine, height, rows), height);
	}

	/** Looks up the lines of an annotation's place; false when it lies outside the text shown. */
	private static boolean lookUpLines(ITextViewer viewer, AnnotationTypeIndex.Entry entry) {
		Position position = entry.position;
		StyledText text = viewer.getTextWidget();
		int start = widgetOffset(viewer, position.getOffset());
		int end = widgetOffset(viewer, position.getOffset() + Math.max(0, position.getLength() - 1));
		int count = text.getCharCount();
		if (start < 0 || start > count) {
			return false;
		}
		entry.firstLine = text.getLineAtOffset(start);
		entry.lastLine = end < start ? entry.firstLine : text.getLineAtOffset(Math.min(end, count));
		entry.linesOffset = position.getOffset();
		entry.linesLength = position.getLength();
		return true;
	}

	private int y(int line, int height, int rows) {
		return Math.max(0, Math.min(scale.y(line), rows - height));
	}

	/** What the last paint showed on the row of widget line {@code line}, if anything. */
	Optional<Mark> markOfLine(int line) {
		Mark[] shown = shownAt;
		int y = y(line, OverviewScale.MARK, shown.length);
		return y < shown.length ? Optional.ofNullable(shown[y]) : Optional.empty();
	}

	/** The place of the annotation marked at {@code y} (the topmost, give or take half a mark), if any. */
	Optional<Position> annotationAt(int y) {
		Mark[] shown = shownAt;
		for (int d = 0; d <= OverviewScale.MARK / 2; d++) {
			for (int row : new int[] { y - d, y + d }) {
				if (row >= 0 && row < shown.length && shown[row] != null) {
					return Optional.of(shown[row].position());
				}
			}
		}
		return Optional.empty();
	}

	/** The line of the text (widget line) shown at {@code y} at the last paint. */
	int lineAt(int y) {
		return scale.line(y);
	}

	/** The height all lines take in {@code text}, counted only up to {@code limit}; measured again only when needed. */
	private int writable(StyledText text, int limit) {
		WritableKey key = new WritableKey(text.getLineCount(), text.getCharCount(), text.getClientArea().width, limit,
				textVersion);
		if (!key.equals(writableFor)) {
			writableFor = key;
			writable = measureWritable(text, limit);
		}
		return writable;
	}

	/** What the text's height depends on: its lines, its width (wrapped text) and its content. */
	private record WritableKey(int lines, int characters, int width, int limit, int version) {
	}

	private static int measureWritable(StyledText text, int limit) {
		int height = 0;
		for (int line = 0; line < text.getLineCount() && height < limit; line++) {
			height += JFaceTextUtil.computeLineHeight(text, line);
		}
		return height;
	}

	static int widgetOffset(ITextViewer viewer, int offset) {
		if (viewer instanceof ITextViewerExtension5 extension) {
			return extension.modelOffset2WidgetOffset(offset);
		}
		IRegion visible = viewer.getVisibleRegion();
		return offset - visible.getOffset();
	}

	/**
	 * The colour {@code amount} of the way from {@code base} to the background; when both are light it goes toward
	 * white, when both are dark toward black, so that the mark keeps its hue and stands apart from the ruler.
	 */
	private Color tint(Color base, double amount, Color background) {
		RGB from = base.getRGB();
		RGB to = background.getRGB();
		boolean lightBase = grey(from) > 128;
		if (lightBase == grey(to) > 128) {
			to = lightBase ? new RGB(255, 255, 255) : new RGB(0, 0, 0);
		}
		return colours.getColor(new RGB(mix(from.red, to.red, amount), mix(from.green, to.green, amount),
				mix(from.blue, to.blue, amount)));
	}

	private static int mix(int from, int to, double amount) {
		return (int) ((1 - amount) * from + amount * to);
	}

	private static double grey(RGB rgb) {
		return 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
	}
}

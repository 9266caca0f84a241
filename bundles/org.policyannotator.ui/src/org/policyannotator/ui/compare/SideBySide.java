package org.policyannotator.ui.compare;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;

/**
 * The document text twice, read-only, left = annotator A and right = annotator B, each with its own spans painted;
 * revealing a difference selects its annotation on each side.
 */
final class SideBySide {
	private final StyledText left;
	private final StyledText right;

	SideBySide(Composite parent, ComparisonSession session, SpanPainter painter) {
		SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
		left = side(sides, session.document().text());
		right = side(sides, session.document().text());
		Map<String, DifferenceKind> leftKinds = new HashMap<>();
		Map<String, DifferenceKind> rightKinds = new HashMap<>();
		for (Difference d : session.differences()) {
			d.left().ifPresent(a -> leftKinds.put(a.id(), d.kind()));
			d.right().ifPresent(a -> rightKinds.put(a.id(), d.kind()));
		}
		painter.paint(left, session.left().annotations(), leftKinds);
		painter.paint(right, session.right().annotations(), rightKinds);
	}

	private static StyledText side(Composite parent, String content) {
		StyledText text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setText(content);
		text.setFont(JFaceResources.getFont("org.policyannotator.ui.editorFont"));
		text.setLeftMargin(6);
		text.setRightMargin(6);
		text.setLineSpacing(4);
		return text;
	}

	/** Selects the spans of both sides; a side without an annotation gets its caret where the other one starts. */
	void reveal(Difference difference) {
		Annotation anchor = difference.left().orElseGet(() -> difference.right().orElseThrow());
		difference.left().ifPresentOrElse(a -> show(left, a), () -> show(left, anchor, 0));
		difference.right().ifPresentOrElse(a -> show(right, a), () -> show(right, anchor, 0));
	}

	/** The selection of the left and right texts, {start, length} each. */
	int[][] selections() {
		return new int[][] { selection(left), selection(right) };
	}

	private static int[] selection(StyledText text) {
		return new int[] { text.getSelection().x, text.getSelection().y - text.getSelection().x };
	}

	private static void show(StyledText text, Annotation annotation) {
		Span last = annotation.spans().get(annotation.spans().size() - 1);
		show(text, annotation, Math.min(last.end(), text.getCharCount()) - annotation.start());
	}

	/** Selects {@code length} characters from the annotation's start (0: only places the caret there). */
	private static void show(StyledText text, Annotation annotation, int length) {
		int start = Math.min(annotation.start(), text.getCharCount());
		text.setSelection(start, start + Math.max(0, length));
		text.showSelection();
	}
}

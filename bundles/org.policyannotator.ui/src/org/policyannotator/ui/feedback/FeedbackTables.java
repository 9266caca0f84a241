package org.policyannotator.ui.feedback;

import java.util.OptionalDouble;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.scoring.TypeScore;
import org.policyannotator.ui.widgets.TextColumns;

/**
 * The two tables of the feedback view, their columns and which of them shows: the items (what differs from the
 * reference) and the scores, which are either {@link TypeScore}s computed live or the {@link FeedbackFile.Line}s of the
 * instructor's grading.
 */
final class FeedbackTables {
	private FeedbackTables() {
	}

	/** The notes and quotes the columns show, from the view. */
	interface Source {
		/** The student's note on an item, or "". */
		String note(FeedbackItem item);

		/** The student's note on a graded score, or "". */
		String note(FeedbackFile.Line score);

		/** The text of an item in the open document. */
		String quote(FeedbackItem item);
	}

	static TableViewer items(Composite parent, Source source) {
		TableViewer items = table(parent);
		column(items, "What", 90, o -> ((FeedbackItem) o).kind());
		column(items, "Type", 90, o -> ((FeedbackItem) o).annotation().type());
		column(items, "Text", 260, o -> source.quote((FeedbackItem) o));
		column(items, "Detail", 260, o -> ((FeedbackItem) o).detail());
		column(items, "Your note", 200, o -> source.note((FeedbackItem) o));
		return items;
	}

	static TableViewer scores(Composite parent, Source source) {
		TableViewer scores = table(parent);
		column(scores, "Type", 110, o -> o instanceof TypeScore t ? t.type()
				: ((FeedbackFile.Line) o).type().isEmpty() ? "all types" : ((FeedbackFile.Line) o).type());
		column(scores, "Precision", 80, o -> percent(o instanceof TypeScore t ? t.exact().precision()
				: ((FeedbackFile.Line) o).precision()));
		column(scores, "Recall", 80, o -> percent(o instanceof TypeScore t ? t.exact().recall()
				: ((FeedbackFile.Line) o).recall()));
		column(scores, "F1 exact", 80, o -> percent(o instanceof TypeScore t ? t.exact().f1()
				: ((FeedbackFile.Line) o).exactF1()));
		column(scores, "F1 overlap", 80, o -> percent(o instanceof TypeScore t ? t.overlap().f1()
				: ((FeedbackFile.Line) o).f1()));
		column(scores, "Wrong type", 80, o -> o instanceof TypeScore t ? Integer.toString(t.wrongType()) : "");
		column(scores, "Kappa", 70, o -> o instanceof TypeScore ? ""
				: GradedFeedback.number(((FeedbackFile.Line) o).kappa()));
		column(scores, "Found", 80, o -> o instanceof TypeScore t
				? t.overlap().truePositives() + " of " + t.overlap().reference()
				: ((FeedbackFile.Line) o).found() + " of " + ((FeedbackFile.Line) o).total());
		column(scores, "Your note", 200, o -> o instanceof FeedbackFile.Line l ? source.note(l) : "");
		return scores;
	}

	/** Shows the tables the feedback mode allows; one alone fills the sash. */
	static void show(SashForm sash, TableViewer items, boolean itemsVisible, TableViewer scores,
			boolean scoresVisible) {
		items.getControl().setVisible(itemsVisible);
		scores.getControl().setVisible(scoresVisible);
		sash.setVisible(itemsVisible || scoresVisible);
		sash.setMaximizedControl(itemsVisible && !scoresVisible ? items.getControl()
				: !itemsVisible && scoresVisible ? scores.getControl() : null);
	}

	/** Shows or hides a control of a grid, taking it out of the layout while hidden. */
	static void visible(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	private static String percent(OptionalDouble value) {
		return GradedFeedback.percent(value);
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TextColumns.add(viewer, title, width, text);
	}
}

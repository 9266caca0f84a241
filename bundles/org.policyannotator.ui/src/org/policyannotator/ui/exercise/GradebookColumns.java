package org.policyannotator.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;
import org.policyannotator.analysis.corpus.CodeLevel;
import org.policyannotator.analysis.exercise.Dispute;
import org.policyannotator.analysis.exercise.StudentFeedback;
import org.policyannotator.analysis.exercise.Gradebook;
import org.policyannotator.analysis.exercise.StudentGrade;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;

/** The columns of the gradebook view's two tables: every attempt, and the notes of the selected one. */
final class GradebookColumns {
	private GradebookColumns() {
	}

	static void students(TableViewer table, Function<StudentGrade.Graded, Optional<Gradebook.Attempt>> attempts) {
		GradebookView.column(table, "Student", 110, o -> ((StudentGrade) o).studentIfKnown().orElse(""));
		GradebookView.column(table, "File", 140, o -> ((StudentGrade) o).file());
		GradebookView.column(table, "F1", 60, o -> o instanceof StudentGrade.Graded g
				? GradebookView.number(g.score().overlap().f1()) : "");
		GradebookView.column(table, "Exact F1", 70, o -> o instanceof StudentGrade.Graded g
				? GradebookView.number(g.score().exact().f1()) : "");
		GradebookView.column(table, "Kappa", 60, o -> o instanceof StudentGrade.Graded g
				? GradebookView.number(g.kappa().value()) : "");
		GradebookView.column(table, "Attempt", 70, o -> o instanceof StudentGrade.Graded g
				? attempts.apply(g).map(a -> a.number() + " of " + a.of()).orElse("") : "");
		GradebookView.column(table, "Change", 70, o -> o instanceof StudentGrade.Graded g
				? attempts.apply(g).filter(a -> a.change().isPresent())
						.map(a -> String.format(Locale.ROOT, "%+.2f", a.change().getAsDouble())).orElse("") : "");
		GradebookView.column(table, "Disputes", 70, o -> o instanceof StudentGrade.Graded g && g.notes() > 0
				? Integer.toString(g.notes()) : "");
		GradebookView.column(table, "Status", 300, o -> switch ((StudentGrade) o) {
			case StudentGrade.Graded g -> attempts.apply(g).map(a -> a.counted() ? "counts" : "does not count")
					.orElse("");
			case StudentGrade.Failed f -> "not graded: " + f.error();
		});
	}

	/** Index of the first level column: after Student, File, F1, Exact F1 and Kappa. */
	private static final int FIRST_LEVEL = 5;

	/**
	 * Replaces the level columns of the students' table by one "F1 level k" column per level of {@code book}'s
	 * codebook tree (none for a flat codebook), after the overall figures.
	 *
	 * @return the columns now shown
	 */
	static List<TableColumn> levels(TableViewer table, Gradebook book, List<TableColumn> shown) {
		shown.forEach(TableColumn::dispose);
		List<TableColumn> columns = new ArrayList<>();
		for (CodeLevel level : book.levels()) {
			TableViewerColumn column = new TableViewerColumn(table, SWT.NONE, FIRST_LEVEL + columns.size());
			column.getColumn().setText("F1 level " + level.level());
			column.getColumn().setToolTipText("Overlap F1 with every code counted as its code at level "
					+ level.level() + " of the codebook (" + String.join(", ", level.codes()) + ")");
			column.getColumn().setWidth(80);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof StudentGrade.Graded g ? g.level(level.level())
							.map(l -> GradebookView.number(l.score().overlap().f1())).orElse("") : "";
				}
			});
			columns.add(column.getColumn());
		}
		return columns;
	}

	static void disputes(TableViewer table) {
		GradebookView.column(table, "Document", 140, o -> ((GradebookView.DisputeRow) o).dispute()
				.map(Dispute::document).orElse(""));
		GradebookView.column(table, "Item", 330, o -> item((GradebookView.DisputeRow) o));
		GradebookView.column(table, "Note", 360, o -> ((GradebookView.DisputeRow) o).note());
	}

	/**
	 * The disputed item in words, e.g. {@code wrong type 12-20: tagged quote "Chen Xin", reference speaker}, or the
	 * disputed score with its figure.
	 */
	static String item(GradebookView.DisputeRow row) {
		if (row.dispute().isEmpty()) {
			return StudentFeedback.scoreLine(row.grade(), row.score().orElseThrow());
		}
		Dispute d = row.dispute().get();
		String at = d.start() + "-" + d.end();
		if (row.item().isEmpty()) {
			return at + ": no longer differs from the reference";
		}
		return switch (row.item().get()) {
			case Feedback.Missed m -> "missed " + at + ": reference " + m.reference().type() + " " + quote(m.reference());
			case Feedback.Extra e -> "added " + at + ": " + e.submitted().type() + " " + quote(e.submitted())
					+ ", not in the reference";
			case Feedback.WrongType w -> "wrong type " + at + ": tagged " + w.submitted().type() + " "
					+ quote(w.submitted()) + ", reference " + w.reference().type();
			case Feedback.BoundaryDifference b -> "boundary " + at + ": " + quote(b.submitted()) + ", reference "
					+ b.reference().start() + "-" + b.reference().end() + " " + quote(b.reference());
			case Feedback.Matched m -> at + ": matches";
		};
	}

	private static String quote(Annotation a) {
		String text = String.join(" ... ", a.spans().stream().map(Span::quote).toList()).replace('\n', ' ');
		return "\u201c" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\u201d";
	}
}

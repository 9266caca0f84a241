package org.policyannotator.ui.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.policyannotator.analysis.exercise.Dispute;
import org.policyannotator.analysis.exercise.ExerciseManifest;
import org.policyannotator.analysis.exercise.Gradebook;
import org.policyannotator.analysis.exercise.ReferenceHistory;
import org.policyannotator.analysis.exercise.ScoreDispute;
import org.policyannotator.analysis.exercise.StudentGrade;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.ui.widgets.TextColumns;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * The instructor's gradebook in the workbench: grades a folder of submissions against a reference in one of the
 * open corpora, lists every attempt with its figures and the student's dispute notes beside the grade, and accepts
 * a disputed item into the reference after a confirmation, which regrades the class.
 */
public final class GradebookView extends ViewPart {
	public static final String ID = "org.policyannotator.ui.view.gradebook";
	/** The family of the view's grading jobs (grade, accept, undo), e.g. to wait for them. */
	public static final Object JOBS = new Object();

	/**
	 * A dispute note: on an item, with the feedback item it is about (empty when the item no longer differs), or on
	 * a score.
	 */
	public record DisputeRow(StudentGrade.Graded grade, Optional<Dispute> dispute, Optional<ScoreDispute> score,
			Optional<Feedback> item) {
		/** What the student wrote. */
		public String note() {
			return dispute.map(Dispute::note).orElseGet(() -> score.orElseThrow().note());
		}
	}

	private Combo corpus;
	private Text annotator;
	private Combo counting;
	private Text submissions;
	private Text exercise;
	private Button gradeButton;
	private Label message;
	private TableViewer students;
	private TableViewer disputes;
	private Button acceptButton;
	private Button undoButton;
	private final Action undoAction = new Action("Undo Accept into Reference") {
		@Override
		public void run() {
			undoInBackground();
		}
	};
	private GradingRun run;
	private Gradebook book;
	private List<org.eclipse.swt.widgets.TableColumn> levelColumns = List.of();
	private final Runnable corporaChanged = () -> {
		if (corpus != null && !corpus.isDisposed()) {
			corpus.getDisplay().asyncExec(this::fillCorpora);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(4).applyTo(root);
		new Label(root, SWT.NONE).setText("Reference corpus:");
		corpus = new Combo(root, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(corpus);
		fillCorpora();
		new Label(root, SWT.NONE).setText("Reference annotator:");
		annotator = new Text(root, SWT.BORDER);
		annotator.setText("reference");
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(annotator);
		new Label(root, SWT.NONE).setText("Counts:");
		counting = new Combo(root, SWT.READ_ONLY);
		counting.setItems("as the exercise says", "last attempt", "best attempt");
		counting.select(0);
		submissions = path(root, "Submissions folder:", true);
		exercise = path(root, "Exercise package:", false);
		exercise.setMessage("only when the corpus has no exercise.json");
		gradeButton = new Button(root, SWT.PUSH);
		gradeButton.setText("Grade");
		gradeButton.addListener(SWT.Selection, event -> gradeInBackground());
		message = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
		students = table(sash);
		GradebookColumns.students(students, this::attempt);
		students.addSelectionChangedListener(event -> showDisputes());
		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(lower);
		disputes = table(lower);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(disputes.getControl());
		GradebookColumns.disputes(disputes);
		disputes.addSelectionChangedListener(event -> acceptButton.setEnabled(selectedDispute()
				.flatMap(DisputeRow::item).isPresent()));
		acceptButton = new Button(lower, SWT.PUSH);
		acceptButton.setText("Accept into Reference...");
		acceptButton.setToolTipText("Put the student's answer on this item into the reference and grade the class again");
		acceptButton.setEnabled(false);
		acceptButton.addListener(SWT.Selection, event -> acceptSelected());
		undoButton = new Button(lower, SWT.PUSH);
		undoButton.setText("Undo Accept");
		undoButton.setEnabled(false);
		undoButton.addListener(SWT.Selection, event -> undoInBackground());
		undoAction.setEnabled(false);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		sash.setWeights(60, 40);
		CorpusRegistry.getDefault().addListener(corporaChanged);
	}

	private Text path(Composite root, String label, boolean folder) {
		new Label(root, SWT.NONE).setText(label);
		Text text = new Text(root, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
		Button browse = new Button(root, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			String chosen = folder ? new DirectoryDialog(getSite().getShell()).open() : file();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		if (folder) {
			new Label(root, SWT.NONE);
		}
		return text;
	}

	private String file() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.zip", "*" });
		return dialog.open();
	}

	private void fillCorpora() {
		if (corpus == null || corpus.isDisposed()) {
			return;
		}
		String selected = corpus.getText();
		corpus.setItems(CorpusRegistry.getDefault().folders().stream().map(Path::toString).toArray(String[]::new));
		int index = corpus.indexOf(selected);
		corpus.select(Math.max(index, 0));
	}

	/** The grading the fields describe. */
	private GradingRun fromFields() {
		Path folder = Path.of(corpus.getText());
		Optional<Path> zip = exercise.getText().isBlank() || Files.isRegularFile(folder.resolve(ExerciseManifest.FILE))
				? Optional.empty() : Optional.of(Path.of(exercise.getText().strip()));
		return new GradingRun(folder, annotator.getText().strip(), Path.of(submissions.getText().strip()), zip,
				switch (counting.getSelectionIndex()) {
					case 1 -> Optional.of(Gradebook.Counting.LAST);
					case 2 -> Optional.of(Gradebook.Counting.BEST);
					default -> Optional.empty();
				});
	}

	private void gradeInBackground() {
		GradingRun next;
		try {
			next = fromFields();
		} catch (RuntimeException e) {
			message.setText("Choose a reference corpus, its annotator and a submissions folder: " + e.getMessage());
			return;
		}
		start("Grading " + next.submissions(), next, r -> "");
	}

	/**
	 * Accepts a disputed item into the reference (without asking) and grades the class again, in a job with
	 * progress; the gradebook shows the outcome when it is done.
	 */
	public Job acceptInBackground(DisputeRow row) {
		return start("Accepting " + row.grade().student() + "'s answer and grading again", run,
				r -> r.accept(row.grade().file(), row.dispute().orElseThrow()));
	}

	/** Undoes the newest accepted dispute and grades the class again, in a job with progress. */
	public Job undoInBackground() {
		return start("Undoing the last acceptance and grading again", run, GradingRun::undo);
	}

	private Job start(String name, GradingRun next, GradingJob.Change change) {
		setBusy(true);
		message.setText(name + "...");
		String selected = selectedFile().orElse("");
		Job job = new GradingJob(name, next, change, message.getDisplay(), outcome -> finished(outcome, selected));
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job);
		} else {
			job.schedule();
		}
		return job;
	}

	private void finished(GradingJob.Outcome outcome, String selected) {
		if (message.isDisposed()) {
			return;
		}
		setBusy(false);
		outcome.book().ifPresent(graded -> show(outcome.run(), graded));
		if (!selected.isEmpty() && book != null) {
			select(selected);
		}
		String said = outcome.said().isEmpty() ? "" : outcome.said() + ". ";
		message.setText(said + outcome.error().orElse(outcome.book().isPresent() ? message.getText() : ""));
		message.getParent().layout();
	}

	private void setBusy(boolean busy) {
		gradeButton.setEnabled(!busy);
		acceptButton.setEnabled(!busy && selectedDispute().flatMap(DisputeRow::item).isPresent());
		boolean undoable = !busy && run != null && hasAcceptances();
		undoButton.setEnabled(undoable);
		undoAction.setEnabled(undoable);
	}

	private boolean hasAcceptances() {
		try {
			List<ReferenceHistory.Change> changes = run.acceptances();
			String last = changes.isEmpty() ? "" : changes.get(changes.size() - 1).said();
			undoButton.setToolTipText(last.isEmpty() ? null : "Undo: " + last + " (Ctrl+Z), and grade again");
			return !changes.isEmpty();
		} catch (IOException e) {
			undoButton.setToolTipText(e.getMessage());
			return false;
		}
	}

	private Optional<String> selectedFile() {
		return students.getStructuredSelection().getFirstElement() instanceof StudentGrade.Graded g
				? Optional.of(g.file()) : Optional.empty();
	}

	/** Grades {@code grading} now (in the calling thread) and shows the gradebook. */
	public Gradebook grade(GradingRun grading) throws IOException {
		show(grading, grading.grade());
		return book;
	}

	private void show(GradingRun grading, Gradebook graded) {
		run = grading;
		book = graded;
		long notes = graded.graded().stream().mapToLong(StudentGrade.Graded::notes).sum();
		message.setText(graded.exercise().name() + ": " + graded.graded().size() + " of " + graded.grades().size()
				+ " submissions graded, " + graded.failed().size() + " failed; " + notes + " dispute note"
				+ (notes == 1 ? "" : "s") + ". The " + (graded.counting() == Gradebook.Counting.BEST ? "best" : "last")
				+ " attempt counts." + (graded.sparseWarnings().isEmpty() ? "" : " Warning: "
						+ String.join("; ", graded.sparseWarnings())));
		message.getParent().layout();
		levelColumns = GradebookColumns.levels(students, graded, levelColumns);
		students.setInput(graded.grades());
		students.refresh();
		showDisputes();
		setBusy(false);
	}

	/** The titles of the students' table columns, left to right. */
	public List<String> columnTitles() {
		return java.util.Arrays.stream(students.getTable().getColumns()).map(c -> c.getText()).toList();
	}

	/** The texts of the students' table row of submission {@code file}, left to right; empty if it has none. */
	public List<String> row(String file) {
		for (org.eclipse.swt.widgets.TableItem item : students.getTable().getItems()) {
			if (item.getData() instanceof StudentGrade g && g.file().equals(file)) {
				List<String> texts = new ArrayList<>();
				for (int c = 0; c < students.getTable().getColumnCount(); c++) {
					texts.add(item.getText(c));
				}
				return texts;
			}
		}
		return List.of();
	}

	/** The line above the tables: what was graded, changed or went wrong. */
	public String message() {
		return message.getText();
	}

	/** Whether Undo Accept (Ctrl+Z) is offered: an acceptance into the graded reference can be undone. */
	public boolean canUndo() {
		return undoAction.isEnabled();
	}

	/** The gradebook shown, if any. */
	public Optional<Gradebook> gradebook() {
		return Optional.ofNullable(book);
	}

	/** Selects the row of a submission file, listing its dispute notes. */
	public void select(String file) {
		book.grades().stream().filter(g -> g.file().equals(file)).findFirst()
				.ifPresent(g -> students.setSelection(new org.eclipse.jface.viewers.StructuredSelection(g), true));
		showDisputes();
	}

	/** The dispute notes listed (those of the selected submission). */
	@SuppressWarnings("unchecked")
	public List<DisputeRow> disputes() {
		Object input = disputes.getInput();
		return input == null ? List.of() : List.copyOf((List<DisputeRow>) input);
	}

	private void acceptSelected() {
		Optional<DisputeRow> row = selectedDispute().filter(r -> r.item().isPresent());
		if (row.isEmpty() || run == null) {
			return;
		}
		DisputeRow r = row.get();
		if (!MessageDialog.openConfirm(getSite().getShell(), "Accept into Reference", "Put " + r.grade().student()
				+ "'s answer (" + GradebookColumns.item(r) + ") into the reference of " + run.annotator() + " in "
				+ run.corpus() + " and grade the class again?\n\nTheir note: " + r.note())) {
			return;
		}
		acceptInBackground(r);
	}

	private Optional<DisputeRow> selectedDispute() {
		return Optional.ofNullable((DisputeRow) disputes.getStructuredSelection().getFirstElement());
	}

	private void showDisputes() {
		List<DisputeRow> rows = new ArrayList<>();
		Object selected = students.getStructuredSelection().getFirstElement();
		if (selected instanceof StudentGrade.Graded g) {
			Map<Dispute, Feedback> items = g.disputedItems();
			g.disputes().forEach(d -> rows.add(new DisputeRow(g, Optional.of(d), Optional.empty(),
					Optional.ofNullable(items.get(d)))));
			g.scoreDisputes().forEach(d -> rows.add(new DisputeRow(g, Optional.empty(), Optional.of(d),
					Optional.empty())));
		}
		disputes.setInput(rows);
		acceptButton.setEnabled(false);
	}

	private Optional<Gradebook.Attempt> attempt(StudentGrade.Graded g) {
		return book == null ? Optional.empty() : Optional.ofNullable(book.attempts().get(g.file()));
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TextColumns.add(viewer, title, width, text);
	}

	static String number(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "";
	}

	@Override
	public void setFocus() {
		students.getControl().setFocus();
	}

	@Override
	public void dispose() {
		CorpusRegistry.getDefault().removeListener(corporaChanged);
		super.dispose();
	}
}

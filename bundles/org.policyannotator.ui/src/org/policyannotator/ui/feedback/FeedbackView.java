package org.policyannotator.ui.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.analysis.exercise.Dispute;
import org.policyannotator.analysis.exercise.Disputes;
import org.policyannotator.analysis.exercise.ExerciseException;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.exercise.FeedbackMode;
import org.policyannotator.analysis.exercise.ScoreDispute;
import org.policyannotator.analysis.exercise.ZipLimits;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.scoring.Scoring;
import org.policyannotator.analysis.scoring.TypeScore;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.views.ActiveAnnotationEditor;

/**
 * Feedback for a student. In an exercise corpus it shows the instructor's grading as the student was handed it
 * (Open Feedback File...), enforcing the exercise's feedback mode: nothing for a blind test, the overall score, the
 * score per type, or every item with the reference shown in the editor; the student can dispute an item, and the
 * note goes into their submission zip. In any other corpus it compares the student's (unsaved) tags of the open
 * document live with a reference annotator's set. Double-clicking an item shows it in the editor.
 */
public final class FeedbackView extends ViewPart implements ActiveAnnotationEditor.Listener {
	public static final String ID = "org.policyannotator.ui.view.feedback";
	public static final String DEFAULT_REFERENCE = "reference";

	private ActiveAnnotationEditor tracker;
	private Text reference;
	private Label referenceLabel;
	private Button openFeedback;
	private Button dispute;
	private Label message;
	private SashForm sash;
	private TableViewer items;
	private TableViewer scores;
	private AnnotationSet referenceSet;
	private Optional<FeedbackFile> graded = Optional.empty();
	private Path submission;
	private Path feedbackFolder;
	private final Map<String, String> notes = new TreeMap<>();
	private final Map<String, String> scoreNotes = new TreeMap<>();
	private final Set<AnnotationEditor> referenceShown = Collections.newSetFromMap(new WeakHashMap<>());

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(4).applyTo(root);
		referenceLabel = new Label(root, SWT.NONE);
		referenceLabel.setText("Reference annotator:");
		GridDataFactory.swtDefaults().applyTo(referenceLabel);
		reference = new Text(root, SWT.BORDER);
		reference.setText(DEFAULT_REFERENCE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reference);
		reference.addModifyListener(event -> {
			referenceSet = null;
			refresh();
		});
		openFeedback = new Button(root, SWT.PUSH);
		openFeedback.setText("Open Feedback File...");
		openFeedback.addListener(SWT.Selection, event -> chooseFeedbackFile());
		GridDataFactory.swtDefaults().applyTo(openFeedback);
		dispute = new Button(root, SWT.PUSH);
		dispute.setText("Dispute...");
		dispute.setToolTipText("Tell your instructor why you think your answer on the selected item, or the selected"
				+ " score, is right");
		dispute.addListener(SWT.Selection, event -> disputeSelected());
		GridDataFactory.swtDefaults().applyTo(dispute);
		message = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
		sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
		items = table(sash);
		column(items, "What", 90, o -> ((FeedbackItem) o).kind());
		column(items, "Type", 90, o -> ((FeedbackItem) o).annotation().type());
		column(items, "Text", 260, o -> quote((FeedbackItem) o));
		column(items, "Detail", 260, o -> ((FeedbackItem) o).detail());
		column(items, "Your note", 200, o -> note((FeedbackItem) o).orElse(""));
		items.addDoubleClickListener(event -> open((FeedbackItem) items.getStructuredSelection().getFirstElement()));
		items.addSelectionChangedListener(event -> updateButtons());
		scores = table(sash);
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
		column(scores, "Your note", 200, o -> o instanceof FeedbackFile.Line l ? note(l).orElse("") : "");
		scores.addSelectionChangedListener(event -> updateButtons());
		sash.setWeights(65, 35);
		tracker = new ActiveAnnotationEditor(getSite().getPage(), this);
		tracker.start();
		refresh();
	}

	@Override
	public void editorChanged(Optional<AnnotationEditor> editor) {
		referenceSet = null;
		refresh();
	}

	@Override
	public void setChanged(AnnotationSetEvent event) {
		refresh();
	}

	/** The reference annotator whose set the student's tags are compared with. */
	public void setReferenceAnnotator(String annotator) {
		reference.setText(annotator);
	}

	/** What the view says above the lists (a summary, or why there is no feedback). */
	public String message() {
		return message.getText();
	}

	/** The listed items, in text order. */
	@SuppressWarnings("unchecked")
	public List<FeedbackItem> items() {
		Object input = items.getInput();
		return input == null ? List.of() : List.copyOf((List<FeedbackItem>) input);
	}

	/** The per-type scores listed when comparing live with a reference set. */
	public List<TypeScore> scores() {
		Object input = scores.getInput();
		return input == null ? List.of() : ((List<?>) input).stream().filter(TypeScore.class::isInstance)
				.map(TypeScore.class::cast).toList();
	}

	/** The graded score rows listed in an exercise (all types first), as far as the feedback mode shows them. */
	public List<FeedbackFile.Line> gradedScores() {
		Object input = scores.getInput();
		return input == null || !scores.getControl().isVisible() ? List.of() : ((List<?>) input).stream()
				.filter(FeedbackFile.Line.class::isInstance).map(FeedbackFile.Line.class::cast).toList();
	}

	/** Whether the list of items is shown (not in a blind test or where the mode shows scores only). */
	public boolean itemsShown() {
		return items.getControl().isVisible();
	}

	/** The graded feedback the view shows, when the open document is in an exercise that has been graded. */
	public Optional<FeedbackFile> gradedFeedback() {
		return graded;
	}

	/** The student's dispute note on an item, if they wrote one in this session or it is in their submission. */
	public Optional<String> note(FeedbackItem item) {
		return item.graded().map(g -> notes.get(key(g.document(), g.start(), g.end())));
	}

	/** The student's dispute note on a score, if they wrote one in this session or it is in their submission. */
	public Optional<String> note(FeedbackFile.Line score) {
		return Optional.ofNullable(scoreNotes.get(score.type()));
	}

	/** Whether Dispute... is offered for what is selected (an item or a score, never in a blind test). */
	public boolean canDispute() {
		return dispute.isEnabled();
	}

	/** Selects a score row (e.g. to dispute it). */
	public void select(FeedbackFile.Line score) {
		scores.setSelection(new org.eclipse.jface.viewers.StructuredSelection(score), true);
		updateButtons();
	}

	/**
	 * Opens the feedback file the instructor sent into the exercise of the open document (checked: that exercise,
	 * this student) and shows it; in full mode the reference appears in the editor.
	 *
	 * @throws IOException naming the file and the problem; nothing is changed then
	 */
	public FeedbackFile openFeedbackFile(Path file) throws IOException {
		EditorSession s = tracker.editor().flatMap(AnnotationEditor::session).orElseThrow(() ->
				new ExerciseException(file, "open a document of your exercise first"));
		FeedbackFile feedback = FeedbackFile.install(s.corpus(), s.annotator(), file);
		feedbackFolder = file.toAbsolutePath().getParent();
		Path beside = file.resolveSibling(feedback.submission());
		submission = Files.isRegularFile(beside) ? beside : submission;
		loadNotes();
		referenceShown.clear();
		refresh();
		return feedback;
	}

	/**
	 * Attaches {@code note} to a graded item in the student's submission zip {@code zip} (checked: this exercise, this
	 * student), replacing an earlier note on the item.
	 *
	 * @throws IOException naming the zip and the problem; the zip is unchanged then
	 */
	public List<Dispute> dispute(FeedbackItem item, String note, Path zip) throws IOException {
		FeedbackFile feedback = graded.orElseThrow(() -> new IllegalStateException("no graded feedback shown"));
		FeedbackFile.Item g = item.graded().orElseThrow(() -> new IllegalArgumentException("not a graded item"));
		List<Dispute> all = Disputes.attach(zip, feedback.exerciseId(), feedback.student(), g.dispute(note),
				ZipLimits.DEFAULT);
		submission = zip;
		loadNotes();
		items.refresh();
		return all;
	}

	/**
	 * Attaches {@code note} to a score the feedback shows (the overall one, or a type's), in the student's submission
	 * zip {@code zip} (checked: this exercise, this student), replacing an earlier note on that score.
	 *
	 * @throws IllegalStateException in a blind test: nothing can be disputed until the feedback is released
	 * @throws IOException           naming the zip and the problem; the zip is unchanged then
	 */
	public List<ScoreDispute> dispute(FeedbackFile.Line score, String note, Path zip) throws IOException {
		FeedbackFile feedback = graded.orElseThrow(() -> new IllegalStateException("no graded feedback shown"));
		List<ScoreDispute> all = Disputes.attach(zip, feedback.exerciseId(), feedback.student(),
				feedback.dispute(score, note), ZipLimits.DEFAULT);
		submission = zip;
		loadNotes();
		scores.refresh();
		return all;
	}

	private void loadNotes() {
		notes.clear();
		scoreNotes.clear();
		if (submission != null) {
			try {
				Disputes.Notes all = Disputes.readAll(submission, ZipLimits.DEFAULT);
				all.items().forEach(d -> notes.put(key(d.document(), d.start(), d.end()), d.note()));
				all.scores().forEach(d -> scoreNotes.put(d.type(), d.note()));
			} catch (IOException e) {
				submission = null;
			}
		}
	}

	private static String key(String document, int start, int end) {
		return document + ":" + start + "-" + end;
	}

	private void chooseFeedbackFile() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText("Open Feedback File");
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			openFeedbackFile(Path.of(file));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Open Feedback File", e.getMessage());
		}
	}

	private void disputeSelected() {
		if (graded.isEmpty() || !graded.get().disputable()) {
			return;
		}
		FeedbackItem item = itemsShown() ? (FeedbackItem) items.getStructuredSelection().getFirstElement() : null;
		Object line = scores.getStructuredSelection().getFirstElement();
		FeedbackFile.Line score = item == null && line instanceof FeedbackFile.Line l ? l : null;
		if ((item == null || item.graded().isEmpty()) && score == null) {
			return;
		}
		String what = score != null ? (score.type().isEmpty() ? "your overall score" : "your score on " + score.type())
				+ ", F1 " + GradedFeedback.percent(score.f1())
				: item.kind() + " " + item.annotation().type() + " \u201c" + quote(item) + "\u201d";
		String question = score != null ? "Why is this score wrong? (" : "Why is your answer right? (";
		InputDialog input = new InputDialog(getSite().getShell(), "Dispute", question + what
				+ ")\nYour instructor sees this note beside your grade.",
				(score != null ? note(score) : note(item)).orElse(""), text -> text.isBlank() ? "Write why" : null);
		if (input.open() != Window.OK) {
			return;
		}
		Path zip = submission;
		if (zip == null || !Files.isRegularFile(zip)) {
			FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
			dialog.setText("Your Submission " + graded.get().submission());
			dialog.setFileName(graded.get().submission());
			if (feedbackFolder != null) {
				dialog.setFilterPath(feedbackFolder.toString());
			}
			dialog.setFilterExtensions(new String[] { "*.zip", "*" });
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			zip = Path.of(chosen);
		}
		try {
			if (score != null) {
				dispute(score, input.getValue(), zip);
			} else {
				dispute(item, input.getValue(), zip);
			}
			MessageDialog.openInformation(getSite().getShell(), "Dispute", "Your note is in " + zip
					+ ". Hand this file in again; it stays the same attempt.");
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Dispute", e.getMessage());
		}
	}

	private void updateButtons() {
		Object selected = items.getStructuredSelection().getFirstElement();
		Object score = scores.getStructuredSelection().getFirstElement();
		boolean disputable = graded.map(FeedbackFile::disputable).orElse(false);
		dispute.setEnabled(disputable && (selected instanceof FeedbackItem i && i.graded().isPresent()
				|| score instanceof FeedbackFile.Line));
		dispute.setToolTipText(graded.isPresent() && !disputable ? FeedbackFile.BLIND
				: "Tell your instructor why you think your answer on the selected item, or the selected score, is right");
	}

	/** Shows an item in the editor: selects the student's annotation, or the text of a missed reference one. */
	public void open(FeedbackItem item) {
		if (item == null || tracker.editor().isEmpty()) {
			return;
		}
		AnnotationEditor editor = tracker.editor().get();
		if (item.studentsOwn()) {
			editor.select(item.annotation().id());
		} else {
			editor.selectAndReveal(item.annotation().start(), item.annotation().end() - item.annotation().start());
		}
		getSite().getPage().activate(editor);
	}

	private void refresh() {
		if (items == null || items.getControl().isDisposed()) {
			return;
		}
		Optional<EditorSession> session = tracker.editor().flatMap(AnnotationEditor::session);
		if (session.isEmpty()) {
			show("Open a document to see how your tags compare with the reference.", List.of(), List.of());
			return;
		}
		EditorSession s = session.get();
		boolean exercise = GradedFeedback.isExercise(s.corpus());
		setExerciseMode(exercise);
		if (exercise) {
			showGraded(s);
			return;
		}
		graded = Optional.empty();
		String name = reference.getText().trim();
		if (name.equals(s.annotator())) {
			show("You are annotating as " + name + ", the reference annotator itself.", List.of(), List.of());
			return;
		}
		Optional<AnnotationSet> ref = referenceSet(s.corpus(), name, s.document().id());
		if (ref.isEmpty()) {
			show("There is no reference set of '" + name + "' for this document.", List.of(), List.of());
			return;
		}
		Score score = Scoring.score(ref.get(), s.set(), s.document().text().length());
		List<FeedbackItem> list = new ArrayList<>();
		score.feedback().forEach(f -> FeedbackItem.of(f).ifPresent(list::add));
		show(summary(s.annotator(), name, score), list, List.copyOf(score.byType().values()));
	}

	private void showGraded(EditorSession s) {
		try {
			graded = FeedbackFile.installed(s.corpus()).filter(f -> f.student().equals(s.annotator()));
		} catch (ExerciseException e) {
			graded = Optional.empty();
			show(e.getMessage(), List.of(), List.of());
			showParts(false, false);
			return;
		}
		FeedbackMode mode = graded.map(FeedbackFile::mode).orElse(FeedbackMode.NONE);
		List<FeedbackItem> list = graded.map(f -> GradedFeedback.items(f, s.document().id(), s.document().text()))
				.orElse(List.of());
		show(GradedFeedback.message(graded), list, graded.map(GradedFeedback::rows).orElse(List.of()));
		showParts(mode.shows(FeedbackMode.FULL), mode.shows(FeedbackMode.SCORE));
		updateButtons();
		if (mode.shows(FeedbackMode.FULL)) {
			showReference();
		}
	}

	/** Full feedback: the reference's spans appear in the editor beside the student's (once per editor). */
	private void showReference() {
		tracker.editor().filter(referenceShown::add).ifPresent(editor -> {
			try {
				editor.setShowOtherAnnotators(true);
			} catch (org.eclipse.core.runtime.CoreException e) {
				message.setText(message.getText() + " (The reference cannot be shown: " + e.getMessage() + ")");
			}
		});
	}

	private void setExerciseMode(boolean exercise) {
		visible(referenceLabel, !exercise);
		visible(reference, !exercise);
		visible(openFeedback, exercise);
		visible(dispute, exercise);
		if (!exercise) {
			showParts(true, true);
		}
		updateButtons();
		referenceLabel.getParent().layout(true, true);
	}

	private void showParts(boolean itemsVisible, boolean scoresVisible) {
		items.getControl().setVisible(itemsVisible);
		scores.getControl().setVisible(scoresVisible);
		sash.setVisible(itemsVisible || scoresVisible);
		sash.setMaximizedControl(itemsVisible && !scoresVisible ? items.getControl()
				: !itemsVisible && scoresVisible ? scores.getControl() : null);
	}

	private static void visible(org.eclipse.swt.widgets.Control control, boolean visible) {
		control.setVisible(visible);
		((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
	}

	private Optional<AnnotationSet> referenceSet(Corpus corpus, String name, String documentId) {
		if (referenceSet != null && referenceSet.annotator().equals(name)
				&& referenceSet.documentId().equals(documentId)) {
			return Optional.of(referenceSet);
		}
		try {
			if (name.isEmpty() || !corpus.annotators().contains(name)
					|| !corpus.documentIdsAnnotatedBy(name).contains(documentId)) {
				return Optional.empty();
			}
			referenceSet = corpus.loadSet(name, documentId);
			return Optional.of(referenceSet);
		} catch (CorpusException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static String summary(String student, String reference, Score score) {
		Counts exact = score.exact();
		return student + " against " + reference + ": " + exact.truePositives() + " exact of " + exact.reference()
				+ "; " + score.feedback(org.policyannotator.analysis.scoring.Feedback.Missed.class).size()
				+ " missed, " + score.feedback(org.policyannotator.analysis.scoring.Feedback.Extra.class).size()
				+ " extra, " + score.wrongType() + " wrong type; F1 exact " + percent(exact.f1()) + ", overlap "
				+ percent(score.overlap().f1());
	}

	private void show(String text, List<FeedbackItem> list, List<?> byType) {
		message.setText(text);
		items.setInput(list);
		scores.setInput(byType);
		message.getParent().layout();
	}

	private String quote(FeedbackItem item) {
		String text = tracker.editor().flatMap(AnnotationEditor::session).map(s -> s.document().text()).orElse("");
		int start = Math.min(item.annotation().start(), text.length());
		int end = Math.min(item.annotation().end(), text.length());
		String quote = text.substring(start, end).replace('\n', ' ');
		return quote.length() > 80 ? quote.substring(0, 77) + "..." : quote;
	}

	private static String percent(OptionalDouble value) {
		return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.0f%%", 100 * value.getAsDouble()) : "n/a";
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	@Override
	public void setFocus() {
		items.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}
}

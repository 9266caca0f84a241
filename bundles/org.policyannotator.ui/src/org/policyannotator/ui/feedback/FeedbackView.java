package org.policyannotator.ui.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.analysis.exercise.Dispute;
import org.policyannotator.analysis.exercise.ExerciseException;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.exercise.FeedbackMode;
import org.policyannotator.analysis.exercise.ScoreDispute;
import org.policyannotator.analysis.scoring.TypeScore;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.views.ActiveAnnotationEditor;

/**
 * Feedback for a student. In an exercise corpus it shows the instructor's grading as the student was handed it
 * (Open Feedback File...), enforcing the exercise's feedback mode: nothing for a blind test, the overall score, the
 * score per type, or every item with the reference shown in the editor; the student can dispute an item, or a score
 * where no items are shown, and the note goes into their submission zip. In any other corpus it compares the
 * student's (unsaved) tags of the open document live with a reference annotator's set ({@link LiveFeedback}).
 * Double-clicking an item shows it in the editor.
 */
public final class FeedbackView extends ViewPart implements ActiveAnnotationEditor.Listener {
	public static final String ID = "org.policyannotator.ui.view.feedback";
	public static final String DEFAULT_REFERENCE = "reference";
	private static final String DISPUTE_TIP = "Tell your instructor why you think your answer on the selected item,"
			+ " or the selected score, is right";

	private ActiveAnnotationEditor tracker;
	private Text reference;
	private Label referenceLabel;
	private Button openFeedback;
	private Button dispute;
	private Label message;
	private SashForm sash;
	private TableViewer items;
	private TableViewer scores;
	private final LiveFeedback live = new LiveFeedback();
	private final StudentNotes notes = new StudentNotes();
	private Optional<FeedbackFile> graded = Optional.empty();
	private Optional<Path> feedbackFolder = Optional.empty();
	private final Set<AnnotationEditor> referenceShown = Collections.newSetFromMap(new WeakHashMap<>());
	private final FeedbackTables.Source columns = new FeedbackTables.Source() {
		@Override
		public String note(FeedbackItem item) {
			return FeedbackView.this.note(item).orElse("");
		}

		@Override
		public String note(FeedbackFile.Line score) {
			return notes.note(score).orElse("");
		}

		@Override
		public String quote(FeedbackItem item) {
			return FeedbackView.this.quote(item);
		}
	};

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
			live.forget();
			refresh();
		});
		openFeedback = button(root, "Open Feedback File...", this::chooseFeedbackFile);
		dispute = button(root, "Dispute...", this::disputeSelected);
		dispute.setToolTipText(DISPUTE_TIP);
		message = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
		sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
		items = FeedbackTables.items(sash, columns);
		items.addDoubleClickListener(event -> open((FeedbackItem) items.getStructuredSelection().getFirstElement()));
		items.addSelectionChangedListener(event -> updateButtons());
		scores = FeedbackTables.scores(sash, columns);
		scores.addSelectionChangedListener(event -> updateButtons());
		sash.setWeights(65, 35);
		tracker = new ActiveAnnotationEditor(getSite().getPage(), this);
		tracker.start();
		refresh();
	}

	private static Button button(Composite root, String text, Runnable action) {
		Button button = new Button(root, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		GridDataFactory.swtDefaults().applyTo(button);
		return button;
	}

	@Override
	public void editorChanged(Optional<AnnotationEditor> editor) {
		live.forget();
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
	public List<FeedbackItem> items() {
		return listed(items, FeedbackItem.class);
	}

	/** The per-type scores listed when comparing live with a reference set. */
	public List<TypeScore> scores() {
		return listed(scores, TypeScore.class);
	}

	/** The graded score rows listed in an exercise (all types first), as far as the feedback mode shows them. */
	public List<FeedbackFile.Line> gradedScores() {
		return scores.getControl().isVisible() ? listed(scores, FeedbackFile.Line.class) : List.of();
	}

	private static <T> List<T> listed(TableViewer table, Class<T> kind) {
		return table.getInput() instanceof List<?> input ? input.stream().filter(kind::isInstance).map(kind::cast)
				.toList() : List.of();
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
		return item.graded().flatMap(notes::note);
	}

	/** The student's dispute note on a score, if they wrote one in this session or it is in their submission. */
	public Optional<String> note(FeedbackFile.Line score) {
		return notes.note(score);
	}

	/** Whether Dispute... is offered for what is selected (an item or a score, never in a blind test). */
	public boolean canDispute() {
		return dispute.isEnabled();
	}

	/** Selects a score row (e.g. to dispute it). */
	public void select(FeedbackFile.Line score) {
		scores.setSelection(new StructuredSelection(score), true);
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
		feedbackFolder = Optional.of(file.toAbsolutePath().getParent());
		Path beside = file.resolveSibling(feedback.submission());
		notes.load(Files.isRegularFile(beside) ? beside : notes.submission().orElse(beside));
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
		FeedbackFile.Item g = item.graded().orElseThrow(() -> new IllegalArgumentException("not a graded item"));
		List<Dispute> all = notes.attach(shownFeedback(), g, note, zip).items();
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
		List<ScoreDispute> all = notes.attach(shownFeedback(), score, note, zip).scores();
		scores.refresh();
		return all;
	}

	private FeedbackFile shownFeedback() {
		return graded.orElseThrow(() -> new IllegalStateException("no graded feedback shown"));
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
		Optional<FeedbackItem> item = selectedItem();
		Optional<FeedbackFile.Line> score = item.isPresent() ? Optional.empty() : selectedScore();
		if (item.isEmpty() && score.isEmpty()) {
			return;
		}
		if (score.isPresent()) {
			DisputeDialog.run(getSite().getShell(), "Why is this score wrong?", GradedFeedback.score(score.get()),
					notes.note(score.get()), notes.submission(), graded.get().submission(), feedbackFolder,
					(note, zip) -> dispute(score.get(), note, zip));
		} else {
			DisputeDialog.run(getSite().getShell(), "Why is your answer right?", item.get().kind() + " "
					+ item.get().annotation().type() + " \u201c" + quote(item.get()) + "\u201d", note(item.get()),
					notes.submission(), graded.get().submission(), feedbackFolder,
					(note, zip) -> dispute(item.get(), note, zip));
		}
	}

	private Optional<FeedbackItem> selectedItem() {
		return itemsShown() && items.getStructuredSelection().getFirstElement() instanceof FeedbackItem i
				&& i.graded().isPresent() ? Optional.of(i) : Optional.empty();
	}

	private Optional<FeedbackFile.Line> selectedScore() {
		return scores.getStructuredSelection().getFirstElement() instanceof FeedbackFile.Line l ? Optional.of(l)
				: Optional.empty();
	}

	private void updateButtons() {
		boolean disputable = graded.map(FeedbackFile::disputable).orElse(false);
		dispute.setEnabled(disputable && (selectedItem().isPresent() || selectedScore().isPresent()));
		dispute.setToolTipText(graded.isPresent() && !disputable ? FeedbackFile.BLIND : DISPUTE_TIP);
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
		boolean exercise = GradedFeedback.isExercise(session.get().corpus());
		setExerciseMode(exercise);
		if (exercise) {
			showGraded(session.get());
			return;
		}
		graded = Optional.empty();
		LiveFeedback.Shown shown = live.compare(session.get(), reference.getText().trim());
		show(shown.message(), shown.items(), shown.scores());
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
		FeedbackTables.visible(referenceLabel, !exercise);
		FeedbackTables.visible(reference, !exercise);
		FeedbackTables.visible(openFeedback, exercise);
		FeedbackTables.visible(dispute, exercise);
		if (!exercise) {
			showParts(true, true);
		}
		updateButtons();
		referenceLabel.getParent().layout(true, true);
	}

	private void showParts(boolean itemsVisible, boolean scoresVisible) {
		FeedbackTables.show(sash, items, itemsVisible, scores, scoresVisible);
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

package org.policyannotator.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

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
import org.eclipse.ui.part.ViewPart;
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
 * Feedback for a student: for the document in the active annotation editor, what the student's (unsaved) tags
 * missed, added or typed wrongly against a reference annotator's set, and precision, recall and F1 per type.
 * Double-clicking an item selects it in the editor.
 */
public final class FeedbackView extends ViewPart implements ActiveAnnotationEditor.Listener {
	public static final String ID = "org.policyannotator.ui.view.feedback";
	public static final String DEFAULT_REFERENCE = "reference";

	private ActiveAnnotationEditor tracker;
	private Text reference;
	private Label message;
	private TableViewer items;
	private TableViewer scores;
	private AnnotationSet referenceSet;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(root);
		new Label(root, SWT.NONE).setText("Reference annotator:");
		reference = new Text(root, SWT.BORDER);
		reference.setText(DEFAULT_REFERENCE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reference);
		reference.addModifyListener(event -> {
			referenceSet = null;
			refresh();
		});
		message = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(message);
		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(sash);
		items = table(sash);
		column(items, "What", 90, o -> ((FeedbackItem) o).kind());
		column(items, "Type", 90, o -> ((FeedbackItem) o).annotation().type());
		column(items, "Text", 260, o -> quote((FeedbackItem) o));
		column(items, "Detail", 260, o -> ((FeedbackItem) o).detail());
		items.addDoubleClickListener(event -> open((FeedbackItem) items.getStructuredSelection().getFirstElement()));
		scores = table(sash);
		column(scores, "Type", 110, o -> ((TypeScore) o).type());
		column(scores, "Precision", 80, o -> percent(((TypeScore) o).exact().precision()));
		column(scores, "Recall", 80, o -> percent(((TypeScore) o).exact().recall()));
		column(scores, "F1 exact", 80, o -> percent(((TypeScore) o).exact().f1()));
		column(scores, "F1 overlap", 80, o -> percent(((TypeScore) o).overlap().f1()));
		column(scores, "Wrong type", 80, o -> Integer.toString(((TypeScore) o).wrongType()));
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

	/** The per-type scores listed. */
	@SuppressWarnings("unchecked")
	public List<TypeScore> scores() {
		Object input = scores.getInput();
		return input == null ? List.of() : List.copyOf((List<TypeScore>) input);
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
		String name = reference.getText().trim();
		EditorSession s = session.get();
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

	private void show(String text, List<FeedbackItem> list, List<TypeScore> byType) {
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

package org.policyannotator.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSetListener;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.operations.AnnotationEditOperation;

/**
 * Two annotators' annotations of one document side by side (left = A, right = B), the differences between them and
 * the agreement figures. Accepting the left, right or both annotations of a difference copies them into the curated
 * set of the document (undoable in this editor's own undo context); Ctrl+S saves the curated set.
 */
public final class ComparisonEditor extends EditorPart {
	public static final String ID = "org.policyannotator.ui.editor.compare";
	public static final String CONTEXT_ID = "org.policyannotator.ui.context.compareEditor";

	private final AnnotationSetListener curatedListener = event -> onUi(this::curatedChanged);
	private ComparisonSession session;
	private IUndoContext undoContext;
	private LocalResourceManager resources;
	private SideBySide sides;
	private DifferenceTable table;
	private LinkConflictTable links;
	private Label figures;
	private Label curatedCount;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ComparisonInput comparison)) {
			throw new PartInitException("The comparison editor opens comparisons, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		try {
			Corpus corpus = CorpusRegistry.getDefault().corpus(comparison.corpusFolder());
			session = comparison.conflictsOf().isPresent()
					? ComparisonSession.ofConflicts(corpus, comparison.documentId(), comparison.conflictsOf().get())
					: ComparisonSession.open(corpus, comparison.documentId(), comparison.left(), comparison.right());
		} catch (java.io.IOException | IllegalArgumentException e) {
			throw new PartInitException("Could not read the annotations to compare: " + e.getMessage(), e);
		}
		undoContext = new ObjectUndoContext(this, "Comparison " + input.getName());
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(site, undoContext));
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(site, undoContext));
		session.curated().addListener(curatedListener);
	}

	/** The document's shared sentence units; the splitter's sentences when its units file cannot be read. */
	private org.policyannotator.model.text.SentenceUnits sentenceUnits() {
		try {
			return org.policyannotator.model.corpus.CorpusUnits.units(session.corpus(), session.document().id());
		} catch (org.policyannotator.model.corpus.CorpusException e) {
			return org.policyannotator.model.text.SentenceUnits.of(session.document().text());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources());
		SpanPainter painter = new SpanPainter(resources, session.corpus().schema());
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
		ComparisonInput input = (ComparisonInput) getEditorInput();
		figures = new Label(root, SWT.WRAP);
		figures.setText(input.conflictsOf().isPresent() ? conflictsText(input.conflictsOf().get())
				: input.calibration().map(c -> "Calibration before grading, document "
				+ (c.documents().indexOf(input.documentId()) + 1) + " of " + c.documents().size() + ". "
				+ c.summary() + "\nThis document: ").orElse("")
				+ "A = " + input.left() + " (left), B = " + input.right() + " (right).  "
				+ AgreementFigures.of(session.document(), sentenceUnits(), session.left(), session.right(),
						session.corpus().schema()).describe()
				+ "\n" + counts());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(figures);

		SashForm vertical = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
		sides = new SideBySide(vertical, session, painter);

		Composite lower = new Composite(vertical, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(lower);
		Composite buttons = new Composite(lower, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(input.calibration().isPresent() ? 9 : 7).applyTo(buttons);
		if (input.calibration().isPresent()) {
			button(buttons, "\u25c0 Document", () -> showDocument(-1));
			button(buttons, "Document \u25b6", () -> showDocument(1));
		}
		button(buttons, "\u25b2 Previous", () -> goToDisagreement(false));
		button(buttons, "\u25bc Next Disagreement", () -> goToDisagreement(true));
		button(buttons, "Accept Left", () -> accept(true, false));
		button(buttons, "Accept Right", () -> accept(false, true));
		button(buttons, "Accept Both", () -> accept(true, true));
		curatedCount = new Label(buttons, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(curatedCount);
		table = new DifferenceTable(lower, session, painter);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getControl().getParent());
		table.viewer().addSelectionChangedListener(event -> table.selected().ifPresent(sides::reveal));
		session.conflicts().filter(c -> !c.links().isEmpty()).ifPresent(
				c -> links = new LinkConflictTable(lower, session, c, this::decideLink));
		vertical.setWeights(60, 40);
		updateCuratedCount();

		getSite().setSelectionProvider(table.viewer());
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private String conflictsText(String annotator) {
		ConflictDecisions decisions = session.conflicts().orElseThrow();
		long linkCount = decisions.pending().items().stream()
				.filter(i -> i.kind() == org.policyannotator.team.merge.MergeConflict.Kind.RELATION).count();
		return "Conflicts a synchronisation left in " + annotator + "'s set: left = yours (in the set now), right = "
				+ "theirs. Accept Left keeps yours, Accept Right takes theirs, Accept Both keeps both; Ctrl+S saves "
				+ "the decisions, and the conflict file goes once all are decided."
				+ (linkCount == 0 ? "" : " " + linkCount + (linkCount == 1 ? " link" : " links")
						+ " both sides changed: Keep Your"
						+ " Link or Take Their Link in the list below.")
				+ "\n" + counts();
	}

	private String counts() {
		Map<DifferenceKind, Integer> counts = new java.util.EnumMap<>(DifferenceKind.class);
		session.differences().forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((kind, n) -> parts.add(n + " " + kind.label()));
		return parts.isEmpty() ? "Neither annotator has annotations on this document." : String.join(", ", parts);
	}

	/** The session shown: document, both sets, differences, curated set. */
	public ComparisonSession session() {
		return session;
	}

	/** The undo context of the accepts. */
	public IUndoContext undoContext() {
		return undoContext;
	}

	/**
	 * In a calibration, opens the next ({@code +1}) or previous ({@code -1}) document of the two references in this
	 * editor's place (wrapping around); asks to save the curated set first when it has changes.
	 *
	 * @return the editor now showing, empty when this is no calibration or the user kept this one
	 */
	public Optional<ComparisonEditor> showDocument(int step) {
		ComparisonInput input = (ComparisonInput) getEditorInput();
		if (input.calibration().isEmpty()) {
			return Optional.empty();
		}
		List<String> documents = input.calibration().get().documents();
		String next = documents.get(Math.floorMod(documents.indexOf(input.documentId()) + step, documents.size()));
		org.eclipse.ui.IWorkbenchPage page = getSite().getPage();
		if (!page.closeEditor(this, true)) {
			return Optional.empty();
		}
		try {
			String title = session.corpus().documentTitle(next);
			return Optional.of((ComparisonEditor) page.openEditor(new ComparisonInput(input.corpusFolder(), next,
					title, input.left(), input.right(), input.calibration()), ID));
		} catch (PartInitException | CorpusException e) {
			StatusManager.getManager().handle(Status.error("Could not open " + next + ": " + e.getMessage(), e),
					StatusManager.SHOW | StatusManager.LOG);
			return Optional.empty();
		}
	}

	/** The difference selected in the list. */
	public Optional<Difference> selectedDifference() {
		return table.selected();
	}

	/** Selects a difference in the list and reveals its spans on both sides. */
	public void select(Difference difference) {
		table.select(difference);
		sides.reveal(difference);
	}

	/** The agreement figures and counts shown above the texts. */
	public String figuresText() {
		return figures.getText();
	}

	/** The selection of the left and right texts, {start, length} each. */
	public int[][] sideSelections() {
		return sides.selections();
	}

	/**
	 * Selects the next (or previous) disagreement after (before) the selected difference, wrapping around.
	 *
	 * @return the disagreement now selected, empty if there is none
	 */
	public Optional<Difference> goToDisagreement(boolean forward) {
		List<Difference> all = session.differences();
		int n = all.size();
		int current = table.selected().map(all::indexOf).orElse(forward ? -1 : n);
		for (int step = 1; step <= n; step++) {
			int index = Math.floorMod(current + (forward ? step : -step), n);
			if (all.get(index).kind().isDisagreement()) {
				select(all.get(index));
				return Optional.of(all.get(index));
			}
		}
		return Optional.empty();
	}

	/**
	 * Copies the left, right or both annotations of the selected difference into the curated set, as one undoable
	 * operation. Nothing happens when no difference is selected or the curated set has them already.
	 */
	public void accept(boolean left, boolean right) {
		Optional<Difference> selected = table.selected();
		if (selected.isEmpty()) {
			return;
		}
		List<Annotation> chosen = new ArrayList<>();
		if (left) {
			selected.get().left().ifPresent(chosen::add);
		}
		if (right) {
			selected.get().right().ifPresent(chosen::add);
		}
		String label = left && right ? "Accept Both" : left ? "Accept Left" : "Accept Right";
		if (session.conflicts().isPresent()) {
			decide(label, selected.get(), left, right);
			return;
		}
		CuratedCopies.edit(session.curated(), chosen).ifPresent(edit -> {
			try {
				history().execute(new AnnotationEditOperation(label, session.curated(), edit, undoContext), null, null);
			} catch (ExecutionException e) {
				StatusManager.getManager().handle(Status.error(label + " failed: " + e.getMessage(), e),
						StatusManager.SHOW | StatusManager.LOG);
			}
		});
	}

	/** Keeps yours, takes theirs or keeps both for the conflicts a difference shows, as one undoable step. */
	private void decide(String label, Difference difference, boolean yours, boolean theirs) {
		ConflictDecisions decisions = session.conflicts().orElseThrow();
		java.util.Set<String> ids = decisions.idsOf(difference);
		if (ids.isEmpty()) {
			return;
		}
		try {
			history().execute(new ConflictDecisionOperation(label, session.curated(),
					decisions.edit(session.curated(), ids, yours, theirs), decisions, ids, undoContext,
					() -> onUi(this::curatedChanged)), null, null);
		} catch (ExecutionException e) {
			StatusManager.getManager().handle(Status.error(label + " failed: " + e.getMessage(), e),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/**
	 * Keeps your version of the link conflict {@code id} or takes theirs ({@code theirs}), as one undoable step.
	 */
	public void decideLink(String id, boolean theirs) {
		ConflictDecisions decisions = session.conflicts().orElseThrow();
		String label = theirs ? "Take Their Link" : "Keep Your Link";
		try {
			history().execute(new ConflictDecisionOperation(label, session.curated(),
					decisions.linkEdit(session.curated(), id, theirs), decisions, java.util.Set.of(id), undoContext,
					() -> onUi(this::curatedChanged)), null, null);
		} catch (ExecutionException e) {
			StatusManager.getManager().handle(Status.error(label + " failed: " + e.getMessage(), e),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void curatedChanged() {
		if (table != null && !table.viewer().getControl().isDisposed()) {
			table.refresh();
			if (links != null) {
				links.refresh();
			}
			updateCuratedCount();
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void updateCuratedCount() {
		String count = session.conflicts().map(c -> c.open() + " of " + c.pending().items().size()
				+ " conflicts undecided").orElse("Curated set: " + session.curated().size() + " annotation"
						+ (session.curated().size() == 1 ? "" : "s"));
		curatedCount.setText(count + (isDirty() ? " (unsaved)" : ""));
		curatedCount.requestLayout();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session.save();
			updateCuratedCount();
			firePropertyChange(PROP_DIRTY);
		} catch (CorpusException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			StatusManager.getManager().handle(
					Status.error("Could not save the annotations: " + e.getMessage(), e),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	@Override
	public void doSaveAs() {
		// the curated set has one place: annotations/curated/<document>.json
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		table.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.curated().removeListener(curatedListener);
		}
		if (undoContext != null) {
			history().dispose(undoContext, true, true, true);
		}
		if (resources != null) {
			resources.dispose();
		}
		super.dispose();
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	private static void onUi(Runnable runnable) {
		if (Display.getCurrent() != null) {
			runnable.run();
		} else {
			Display.getDefault().asyncExec(runnable);
		}
	}
}

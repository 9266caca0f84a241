package org.policyannotator.ui.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.IUndoManagerExtension;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.model.AnnotationSetListener;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.operations.AnnotationEdit;
import org.policyannotator.ui.outline.AnnotationOutlinePage;
import org.policyannotator.ui.operations.AnnotationEditOperation;
import org.policyannotator.ui.preferences.AnnotationPreferences;

/**
 * The annotation editor: a corpus document's text, read-only and wrapped, with the annotator's spans drawn in
 * their types' colours. Tagging, deleting and editing annotations are undoable operations in the editor's undo
 * context; Ctrl+S saves the annotation set atomically.
 */
public final class AnnotationEditor extends TextEditor implements ISaveablePart2 {
	public static final String CONTEXT_ID = "org.policyannotator.ui.context.annotationEditor";

	private final List<Consumer<Optional<Annotation>>> selectionListeners = new CopyOnWriteArrayList<>();
	private final AnnotationSetListener setListener = this::setChanged;
	private Optional<String> selectedId = Optional.empty();
	/** The annotation selected last, kept when the caret leaves it: "add part" extends it. */
	private Optional<String> lastSelectedId = Optional.empty();
	private AnnotationHighlighter highlighter;
	private EditorSession listenedSession;
	private boolean showingOthers;
	private RecoveryJournal journal;
	private PageBreakPainter pageBreaks;
	private AnnotationOutlinePage outlinePage;
	private final SentenceMode sentenceMode = new SentenceMode(this);

	public AnnotationEditor() {
		setDocumentProvider(new CorpusDocumentProvider());
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(editorPreferences());
		setEditorContextMenuId("org.policyannotator.ui.editor.context");
		setSourceViewerConfiguration(new AnnotationSourceViewerConfiguration(this, getPreferenceStore()));
	}

	/**
	 * The text editors' preferences, but no dragging of text: the text cannot change, and a drag that starts inside
	 * a selection would only lose it.
	 */
	private static IPreferenceStore editorPreferences() {
		PreferenceStore own = new PreferenceStore();
		own.setDefault(PREFERENCE_TEXT_DRAG_AND_DROP_ENABLED, false);
		return new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
	}

	/**
	 * An overview ruler that paints from an index of the annotations by type: the platform's walks all annotations
	 * once per registered type on every repaint, which dominated tagging on long documents. Problem markers never
	 * occur in this read-only editor, so the ruler's header has no types of its own.
	 */
	@Override
	protected IOverviewRuler createOverviewRuler(ISharedTextColors sharedColors) {
		return new SpanOverviewRuler(getAnnotationAccess(), VERTICAL_RULER_WIDTH, sharedColors);
	}

	/** The overview ruler, for tests of what it shows. */
	SpanOverviewRuler overviewRuler() {
		return (SpanOverviewRuler) getOverviewRuler();
	}

	/** Copy, Select All and the annotation commands (plugin.xml); none of a text editor's editing or IDE items. */
	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		menu.add(new Separator(ITextEditorActionConstants.GROUP_COPY));
		addAction(menu, ITextEditorActionConstants.GROUP_COPY, ITextEditorActionConstants.COPY);
		addAction(menu, ITextEditorActionConstants.GROUP_COPY, ITextEditorActionConstants.SELECT_ALL);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Closing with unsaved tagging asks in the analyst's words (Save / Don't Save / Cancel). */
	@Override
	public int promptToSaveOnClose() {
		return SavePrompt.ask(getSite().getShell(), getEditorInput().getName());
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	/**
	 * The text without full-line selection (the text editor's default): in wrapped text GTK paints a full-line
	 * selection past the selection's end to the end of its wrapped line, and behind the last line of the paragraph.
	 */
	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		return super.createSourceViewer(parent, ruler, styles & ~SWT.FULL_SELECTION);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		setWordWrap(true);
		StyledText text = getSourceViewer().getTextWidget();
		text.setLineSpacing(5);
		text.setLeftMargin(8);
		text.setRightMargin(8);
		session().ifPresent(session -> {
			highlighter = new AnnotationHighlighter(getSourceViewer(), fOverviewRuler, session.schema(),
					() -> ((CorpusDocumentProvider) getDocumentProvider()).mirror(getEditorInput()));
			listenedSession = session;
			session.set().addListener(setListener);
			journal = new RecoveryJournal(session);
			Optional<org.policyannotator.model.AnnotationSet> leftover = journal.leftover();
			journal.start();
			leftover.ifPresent(copy -> text.getDisplay().asyncExec(() -> offerRecovery(copy)));
			pageBreaks = PageBreakPainter.install(getSourceViewer(), session.document());
		});
		text.addCaretListener(event -> caretMoved(modelOffset(event.caretOffset)));
		sentenceMode.install(text, this::modelOffset);
		if (SentenceMode.isOn()) {
			text.getDisplay().asyncExec(() -> {
				if (!text.isDisposed()) {
					sentenceMode.modeChanged();
				}
			});
		}
	}

	/** Coding by sentence in this editor. */
	public SentenceMode sentenceMode() {
		return sentenceMode;
	}

	@Override
	public void dispose() {
		if (listenedSession != null) {
			listenedSession.set().removeListener(setListener);
		}
		if (journal != null) {
			journal.stop();
			journal.discard();
		}
		HistoryAction.uninstall(this);
		super.dispose();
	}

	/** Undo and Redo run straight through the history, without the workbench's progress dialog. */
	@Override
	protected void createUndoRedoActions() {
		super.createUndoRedoActions();
		if (getSourceViewer() != null) {
			HistoryAction.install(this, undoContext());
		}
	}

	/** The outline of the annotations (one page per editor, made when the Outline view asks). */
	@Override
	public <T> T getAdapter(Class<T> required) {
		if (required == IContentOutlinePage.class) {
			if (outlinePage == null || (outlinePage.getControl() != null && outlinePage.getControl().isDisposed())) {
				outlinePage = new AnnotationOutlinePage(this);
			}
			return required.cast(outlinePage);
		}
		return super.getAdapter(required);
	}

	@Override
	public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
		super.doSave(monitor);
		if (journal != null && !isDirty()) {
			journal.discard();
		}
	}

	/**
	 * The page breaks the editor shows, as "page@line" (line of the widget, from 0), page 2 onwards; empty for a
	 * document without pages.
	 */
	public List<String> pageBreaks() {
		if (pageBreaks == null) {
			return List.of();
		}
		StyledText text = getSourceViewer().getTextWidget();
		return pageBreaks.marks().stream().map(m -> m.page() + "@" + text.getLineAtOffset(m.widgetOffset())).toList();
	}

	/** The crash-recovery copy of this editor's unsaved tagging. */
	RecoveryJournal journal() {
		return journal;
	}

	/**
	 * Offers back tagging that was not saved when the program last ended abnormally. The system property
	 * {@code policyannotator.recovery} = {@code restore} or {@code discard} answers without asking.
	 */
	private void offerRecovery(org.policyannotator.model.AnnotationSet copy) {
		String answer = System.getProperty("policyannotator.recovery", "ask");
		boolean restore = switch (answer) {
		case "restore" -> true;
		case "discard" -> false;
		default -> org.eclipse.jface.dialogs.MessageDialog.openQuestion(getSite().getShell(), "Restore Unsaved Tagging",
				"Policy Annotator ended without saving your tagging of \u201c" + getEditorInput().getName()
						+ "\u201d. A recovery copy with " + copy.size() + " annotations was kept.\n\nRestore it? "
						+ "(You can still undo the restore, and nothing is saved until you save.)");
		};
		if (!restore) {
			journal.discard();
			return;
		}
		EditorSession session = session().orElseThrow();
		try {
			execute("Restore unsaved tagging", new AnnotationEdit(session.set().annotations(), copy.annotations(),
					session.set().relations(), copy.relations()));
		} catch (ExecutionException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Restore Unsaved Tagging",
					"The recovery copy could not be restored: " + e.getMessage());
		}
	}

	@Override
	public boolean isEditable() {
		return false;
	}

	/** The open document, its corpus and the set being edited. */
	public Optional<EditorSession> session() {
		return getDocumentProvider() instanceof CorpusDocumentProvider provider ? provider.session(getEditorInput())
				: Optional.empty();
	}

	/** The context in which this editor's edits are undone and redone. */
	public IUndoContext undoContext() {
		return ((IUndoManagerExtension) ((ITextViewerExtension6) getSourceViewer()).getUndoManager()).getUndoContext();
	}

	/**
	 * What a code key or a choice in the palette does (the one "tag or retype" rule): in sentence mode, codes the
	 * selected sentence and moves to the next; otherwise tags the selected text or, with nothing selected, retypes
	 * the annotation under the caret. Empty if there was nothing to tag.
	 */
	public Optional<Annotation> code(String tagTypeId) throws ExecutionException {
		if (SentenceMode.isOn()) {
			return sentenceMode.tagAndAdvance(tagTypeId);
		}
		boolean nothingSelected = ((ITextSelection) getSelectionProvider().getSelection()).getLength() == 0;
		if (nothingSelected && selectedAnnotation().isPresent()) {
			return retypeSelected(tagTypeId);
		}
		return tagSelection(tagTypeId);
	}

	/** Tags the selected text with a tag type; empty if nothing (or only white space) is selected. */
	public Optional<Annotation> tagSelection(String tagTypeId) throws ExecutionException {
		EditorSession session = session().orElseThrow(() -> new ExecutionException("no document is open"));
		TagType type = session.schema().tagType(tagTypeId)
				.orElseThrow(() -> new ExecutionException("the schema has no tag type " + tagTypeId));
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		String text = session.document().text();
		Optional<SpanBounds.Bounds> bounds = SpanBounds.of(text, selection.getOffset(),
				selection.getOffset() + selection.getLength(), AnnotationPreferences.snapToWords());
		if (bounds.isEmpty()) {
			return Optional.empty();
		}
		Annotation annotation = tagSpan(type.id(), bounds.get().start(), bounds.get().end());
		select(annotation.id());
		return Optional.of(annotation);
	}

	/** Tags {@code [start, end)} with a tag type, as one undoable edit. */
	public Annotation tagSpan(String tagTypeId, int start, int end) throws ExecutionException {
		EditorSession session = session().orElseThrow(() -> new ExecutionException("no document is open"));
		TagType type = session.schema().tagType(tagTypeId)
				.orElseThrow(() -> new ExecutionException("the schema has no tag type " + tagTypeId));
		Annotation annotation = Annotation.of(session.set().newId(), type.id(),
				List.of(Span.of(session.document().text(), start, end)), session.annotator(), Instant.now());
		execute("Tag " + type.label(), AnnotationEdit.add(annotation));
		org.policyannotator.ui.preferences.RecentCodes.used(type.id());
		return annotation;
	}

	/** Gives the selected annotation another tag type; empty if no annotation is selected. */
	public Optional<Annotation> retypeSelected(String tagTypeId) throws ExecutionException {
		Optional<Annotation> selected = selectedAnnotation();
		return selected.isEmpty() ? selected : retype(selected.get(), tagTypeId);
	}

	/** Gives an annotation of the editor's set another tag type, as one undoable edit (nothing if it has it). */
	public Optional<Annotation> retype(Annotation annotation, String tagTypeId) throws ExecutionException {
		EditorSession session = session().orElseThrow(() -> new ExecutionException("no document is open"));
		TagType type = session.schema().tagType(tagTypeId)
				.orElseThrow(() -> new ExecutionException("the schema has no tag type " + tagTypeId));
		if (annotation.type().equals(tagTypeId)) {
			return Optional.of(annotation);
		}
		Annotation retyped = annotation.withType(tagTypeId, Instant.now());
		execute("Retype as " + type.label(), AnnotationEdit.replace(annotation, retyped));
		org.policyannotator.ui.preferences.RecentCodes.used(type.id());
		return Optional.of(retyped);
	}

	/**
	 * Adds the selected text as a further part of the annotation selected last (a discontinuous span, e.g. a quote
	 * interrupted by "he said"); empty if there is no such annotation or the text overlaps it.
	 */
	public Optional<Annotation> addSelectionAsPart() throws ExecutionException {
		EditorSession session = session().orElseThrow(() -> new ExecutionException("no document is open"));
		Optional<Annotation> target = lastSelectedId.flatMap(id -> session.set().annotation(id));
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		String text = session.document().text();
		Optional<SpanBounds.Bounds> bounds = SpanBounds.of(text, selection.getOffset(),
				selection.getOffset() + selection.getLength(), AnnotationPreferences.snapToWords());
		if (target.isEmpty() || bounds.isEmpty()) {
			return Optional.empty();
		}
		Span part = Span.of(text, bounds.get().start(), bounds.get().end());
		if (target.get().spans().stream().anyMatch(part::overlaps)) {
			return Optional.empty();
		}
		List<Span> spans = new ArrayList<>(target.get().spans());
		spans.add(part);
		spans.sort(Comparator.comparingInt(Span::start));
		Annotation extended = target.get().withSpans(spans, Instant.now());
		execute("Add part", AnnotationEdit.replace(target.get(), extended));
		select(extended.id());
		return Optional.of(extended);
	}

	/**
	 * Moves one edge of the selected annotation's span by a word: {@code grow} outwards, otherwise inwards. The
	 * start edge moves the first part, the end edge the last part. Empty if nothing changed.
	 */
	public Optional<Annotation> adjustSelected(boolean startEdge, boolean grow) throws ExecutionException {
		Optional<Annotation> selected = selectedAnnotation();
		EditorSession session = session().orElseThrow(() -> new ExecutionException("no document is open"));
		if (selected.isEmpty()) {
			return Optional.empty();
		}
		String text = session.document().text();
		List<Span> spans = new ArrayList<>(selected.get().spans());
		int index = startEdge ? 0 : spans.size() - 1;
		Span span = spans.get(index);
		int start = span.start();
		int end = span.end();
		if (startEdge) {
			start = grow ? WordBoundaries.previousWordStart(text, start) : WordBoundaries.nextWordStart(text, start, end);
		} else {
			end = grow ? WordBoundaries.nextWordEnd(text, end) : WordBoundaries.previousWordEnd(text, end, start);
		}
		if (start >= end || start == span.start() && end == span.end()) {
			return Optional.empty();
		}
		spans.set(index, Span.of(text, start, end));
		Annotation adjusted = selected.get().withSpans(spans, Instant.now());
		execute(grow ? "Extend span" : "Shrink span", AnnotationEdit.replace(selected.get(), adjusted));
		return Optional.of(adjusted);
	}

	/**
	 * Shows what the set's file holds now, after a synchronisation changed it on disk. The editor must be saved;
	 * the edits before cannot be undone any more (they were made to another version of the set).
	 */
	public void reloadFromDisk() throws org.policyannotator.model.corpus.CorpusException {
		EditorSession session = session().orElseThrow();
		if (isDirty()) {
			throw new IllegalStateException(getEditorInput().getName() + " has unsaved changes; save them first");
		}
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext(), true, true, false);
		session.reload();
		firePropertyChange(org.eclipse.ui.IEditorPart.PROP_DIRTY);
	}

	/** Runs an edit of the set as an undoable operation. */
	public void execute(String label, AnnotationEdit edit) throws ExecutionException {
		EditorSession session = session().orElseThrow(() -> new ExecutionException("no document is open"));
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
				.execute(new AnnotationEditOperation(label, session.set(), edit, undoContext()), null, null);
	}

	/**
	 * Links the annotation {@code fromId} to {@code toId} with a relation type (a quote to its speaker, a point to
	 * its proposal). For a relation type that allows one target only, an existing link of that type is replaced.
	 */
	public Relation link(String fromId, String relationTypeId, String toId) throws ExecutionException {
		EditorSession session = session().orElseThrow(() -> new ExecutionException("no document is open"));
		RelationType type = session.schema().relationType(relationTypeId)
				.orElseThrow(() -> new ExecutionException("the schema has no relation type " + relationTypeId));
		List<Relation> replaced = type.single() ? session.set().relationsFrom(fromId).stream()
				.filter(r -> r.type().equals(relationTypeId)).toList() : List.of();
		Relation relation = new Relation(session.set().newId(), relationTypeId, fromId, toId);
		execute("Link " + type.label(), new AnnotationEdit(List.of(), List.of(), replaced, List.of(relation)));
		return relation;
	}

	/** The selected annotation: the one under the caret or the one last chosen in a view. */
	public Optional<Annotation> selectedAnnotation() {
		return selectedId.flatMap(id -> session().flatMap(s -> s.set().annotation(id)));
	}

	/** Selects an annotation: emphasises it, reveals its first span and tells the listeners. */
	public void select(String annotationId) {
		Optional<Annotation> annotation = session().flatMap(s -> s.set().annotation(annotationId));
		if (annotation.isEmpty()) {
			return;
		}
		selectedId = Optional.of(annotationId);
		Span first = annotation.get().firstSpan();
		selectAndReveal(first.start(), 0);
		selectedId = Optional.of(annotationId);
		emphasise();
	}

	/** Shows or hides the other annotators' spans (read-only, squiggly lines) beside the editable ones. */
	public void setShowOtherAnnotators(boolean show) throws org.eclipse.core.runtime.CoreException {
		if (getDocumentProvider() instanceof CorpusDocumentProvider provider) {
			provider.showOtherAnnotators(getEditorInput(), show);
			showingOthers = show;
			if (highlighter != null) {
				highlighter.mirrorChanged();
			}
		}
	}

	public boolean isShowingOtherAnnotators() {
		return showingOthers;
	}

	/** Other annotators' annotations that cover {@code offset} while they are shown. */
	public List<Annotation> otherAnnotationsAt(int offset) {
		if (!showingOthers || session().isEmpty()) {
			return List.of();
		}
		try {
			List<Annotation> hits = new ArrayList<>();
			for (org.policyannotator.model.AnnotationSet other : session().get().otherSets()) {
				other.annotations().stream().filter(a -> a.spans().stream().anyMatch(s -> s.start() <= offset && offset < s.end()))
						.forEach(hits::add);
			}
			return hits;
		} catch (Exception e) {
			return List.of();
		}
	}

	/** The editor's annotations that cover {@code offset}, innermost first. */
	public List<Annotation> annotationsAt(int offset) {
		Optional<EditorSession> session = session();
		if (session.isEmpty()) {
			return List.of();
		}
		Optional<AnnotationModelMirror> mirror = ((CorpusDocumentProvider) getDocumentProvider()).mirror(getEditorInput());
		List<Annotation> hits = mirror.isPresent()
				? mirror.get().annotationsAt(offset, session.get().set().annotator())
				: containing(session.get().set().annotations(), offset);
		hits.sort(Comparator.comparingInt(a -> a.end() - a.start()));
		return hits;
	}

	/** Selects the next (or previous) annotation in text order, from the selected one or from the caret. */
	public Optional<Annotation> selectNeighbour(boolean forward) {
		List<Annotation> ordered = session().map(s -> s.set().annotations()).orElse(List.of());
		Optional<Annotation> current = selectedAnnotation();
		Optional<Annotation> next;
		if (current.isPresent()) {
			int index = ordered.indexOf(current.get()) + (forward ? 1 : -1);
			next = index >= 0 && index < ordered.size() ? Optional.of(ordered.get(index)) : Optional.empty();
		} else {
			int caret = modelOffset(getSourceViewer().getTextWidget().getCaretOffset());
			next = forward ? ordered.stream().filter(a -> a.start() >= caret).findFirst()
					: ordered.stream().filter(a -> a.start() < caret).reduce((a, b) -> b);
		}
		next.ifPresent(a -> select(a.id()));
		return next;
	}

	public void addSelectedAnnotationListener(Consumer<Optional<Annotation>> listener) {
		selectionListeners.add(listener);
	}

	public void removeSelectedAnnotationListener(Consumer<Optional<Annotation>> listener) {
		selectionListeners.remove(listener);
	}

	private static List<Annotation> containing(List<Annotation> annotations, int offset) {
		List<Annotation> hits = new ArrayList<>();
		for (Annotation annotation : annotations) {
			if (annotation.spans().stream().anyMatch(span -> span.start() <= offset && offset < span.end())) {
				hits.add(annotation);
			}
		}
		return hits;
	}

	private void caretMoved(int offset) {
		List<Annotation> here = annotationsAt(offset);
		Optional<String> id = here.isEmpty() ? Optional.empty() : Optional.of(here.get(0).id());
		if (selectedId.isPresent() && here.stream().anyMatch(a -> a.id().equals(selectedId.get()))) {
			return;
		}
		if (!id.equals(selectedId)) {
			selectedId = id;
			emphasise();
		}
	}

	/** Only a change of the selected annotation itself moves its emphasis or tells the selection listeners. */
	private void setChanged(AnnotationSetEvent event) {
		if (selectedId.isEmpty()) {
			return;
		}
		String selected = selectedId.get();
		boolean concernsSelected = switch (event) {
		case AnnotationSetEvent.Removed removed -> removed.annotation().id().equals(selected);
		case AnnotationSetEvent.Changed changed -> changed.after().id().equals(selected);
		default -> false;
		};
		if (!concernsSelected) {
			return;
		}
		if (session().flatMap(s -> s.set().annotation(selected)).isEmpty()) {
			selectedId = Optional.empty();
		}
		emphasise();
	}

	private void emphasise() {
		selectedId.ifPresent(id -> lastSelectedId = Optional.of(id));
		Optional<Annotation> selected = selectedAnnotation();
		if (highlighter != null) {
			highlighter.select(selected.map(Annotation::spans).orElse(List.of()));
		}
		selectionListeners.forEach(listener -> listener.accept(selected));
	}

	private int modelOffset(int widgetOffset) {
		ISourceViewer viewer = getSourceViewer();
		return viewer instanceof ITextViewerExtension5 extension ? extension.widgetOffset2ModelOffset(widgetOffset)
				: widgetOffset;
	}
}

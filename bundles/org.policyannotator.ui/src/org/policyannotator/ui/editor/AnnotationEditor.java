package org.policyannotator.ui.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.IUndoManagerExtension;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
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
public final class AnnotationEditor extends TextEditor {
	public static final String CONTEXT_ID = "org.policyannotator.ui.context.annotationEditor";

	private final List<Consumer<Optional<Annotation>>> selectionListeners = new CopyOnWriteArrayList<>();
	private final AnnotationSetListener setListener = this::setChanged;
	private Optional<String> selectedId = Optional.empty();
	private org.eclipse.jface.text.source.Annotation[] emphasis = new org.eclipse.jface.text.source.Annotation[0];
	private EditorSession listenedSession;
	private AnnotationOutlinePage outlinePage;

	public AnnotationEditor() {
		setDocumentProvider(new CorpusDocumentProvider());
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setEditorContextMenuId("org.policyannotator.ui.editor.context");
		setSourceViewerConfiguration(new AnnotationSourceViewerConfiguration(this, getPreferenceStore()));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
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
			new AnnotationHighlighter(getSourceViewer(), fOverviewRuler, session.schema());
			listenedSession = session;
			session.set().addListener(setListener);
		});
		text.addCaretListener(event -> caretMoved(modelOffset(event.caretOffset)));
	}

	@Override
	public void dispose() {
		if (listenedSession != null) {
			listenedSession.set().removeListener(setListener);
		}
		super.dispose();
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
		Annotation annotation = Annotation.of(session.set().newId(), type.id(),
				List.of(Span.of(text, bounds.get().start(), bounds.get().end())), session.annotator(), Instant.now());
		execute("Tag " + type.label(), AnnotationEdit.add(annotation));
		select(annotation.id());
		return Optional.of(annotation);
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

	/** The editor's annotations that cover {@code offset}, innermost first. */
	public List<Annotation> annotationsAt(int offset) {
		Optional<EditorSession> session = session();
		if (session.isEmpty()) {
			return List.of();
		}
		List<Annotation> hits = new ArrayList<>();
		for (Annotation annotation : session.get().set().annotations()) {
			for (Span span : annotation.spans()) {
				if (span.start() <= offset && offset < span.end()) {
					hits.add(annotation);
					break;
				}
			}
		}
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

	private void setChanged(AnnotationSetEvent event) {
		if (selectedId.isPresent() && session().flatMap(s -> s.set().annotation(selectedId.get())).isEmpty()) {
			selectedId = Optional.empty();
		}
		emphasise();
	}

	private void emphasise() {
		IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
		Map<org.eclipse.jface.text.source.Annotation, Position> added = new HashMap<>();
		Optional<Annotation> selected = selectedAnnotation();
		selected.ifPresent(a -> {
			for (Span span : a.spans()) {
				added.put(new org.eclipse.jface.text.source.Annotation(SpanStyle.SELECTED_TYPE, false, "selected"),
						new Position(span.start(), span.length()));
			}
		});
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(emphasis, added);
		}
		emphasis = added.keySet().toArray(org.eclipse.jface.text.source.Annotation[]::new);
		selectionListeners.forEach(listener -> listener.accept(selected));
	}

	private int modelOffset(int widgetOffset) {
		ISourceViewer viewer = getSourceViewer();
		return viewer instanceof ITextViewerExtension5 extension ? extension.widgetOffset2ModelOffset(widgetOffset)
				: widgetOffset;
	}
}

package org.policyannotator.ui.editor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;
import org.policyannotator.model.AnnotationSetListener;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Gives the editor the imported text of a corpus document and the annotator's annotation set. The text is the
 * source of truth and never changes in the editor, so annotation offsets cannot drift; what is saved is the
 * annotation set, atomically, through the model bundle.
 */
public final class CorpusDocumentProvider extends AbstractDocumentProvider {
	private final Map<Object, EditorSession> sessions = new ConcurrentHashMap<>();
	private final Map<Object, AnnotationModelMirror> mirrors = new ConcurrentHashMap<>();
	private final Map<Object, AnnotationSetListener> dirtyListeners = new ConcurrentHashMap<>();

	/** The session of an open element, if it is open. */
	public Optional<EditorSession> session(Object element) {
		return Optional.ofNullable(sessions.get(element));
	}

	Optional<AnnotationModelMirror> mirror(Object element) {
		return Optional.ofNullable(mirrors.get(element));
	}

	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		if (!(element instanceof DocumentEditorInput input)) {
			return null;
		}
		try {
			EditorSession session = EditorSession.open(CorpusRegistry.getDefault().corpus(input.corpusFolder()),
					input.documentId(), AnnotatorIdentity.current());
			sessions.put(element, session);
			AnnotationSetListener dirty = event -> fireElementDirtyStateChanged(element, session.isDirty());
			session.set().addListener(dirty);
			dirtyListeners.put(element, dirty);
			return new Document(session.document().text());
		} catch (Exception e) {
			throw new CoreException(Status.error(
					"Could not open document " + input.documentId() + " of " + input.corpusFolder() + ": " + e.getMessage(), e));
		}
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		AnnotationModel model = new AnnotationModel();
		EditorSession session = sessions.get(element);
		if (session != null) {
			mirrors.put(element, new AnnotationModelMirror(model, java.util.List.of(session.set())));
		}
		return model;
	}

	/** Shows (or hides) the other annotators' spans of the document, read-only, beside the editable ones. */
	public void showOtherAnnotators(Object element, boolean show) throws CoreException {
		EditorSession session = sessions.get(element);
		IAnnotationModel model = getAnnotationModel(element);
		if (session == null || model == null) {
			return;
		}
		java.util.List<org.policyannotator.model.AnnotationSet> sets = new java.util.ArrayList<>();
		sets.add(session.set());
		if (show) {
			try {
				sets.addAll(session.otherSets());
			} catch (Exception e) {
				throw new CoreException(Status.error("Could not read the other annotators' sets: " + e.getMessage(), e));
			}
		}
		AnnotationModelMirror old = mirrors.remove(element);
		if (old != null) {
			old.dispose();
		}
		mirrors.put(element, new AnnotationModelMirror(model, sets));
	}

	@Override
	protected void disposeElementInfo(Object element, ElementInfo info) {
		AnnotationModelMirror mirror = mirrors.remove(element);
		if (mirror != null) {
			mirror.dispose();
		}
		EditorSession session = sessions.remove(element);
		AnnotationSetListener dirty = dirtyListeners.remove(element);
		if (session != null && dirty != null) {
			session.set().removeListener(dirty);
		}
		super.disposeElementInfo(element, info);
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		EditorSession session = sessions.get(element);
		if (session == null) {
			return;
		}
		try {
			session.save();
		} catch (Exception e) {
			throw new CoreException(Status.error("Could not save the annotations of " + session.document().title() + ": "
					+ e.getMessage(), e));
		}
	}

	@Override
	public boolean canSaveDocument(Object element) {
		EditorSession session = sessions.get(element);
		return session != null && session.isDirty();
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}
}

package org.policyannotator.ui.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.search.Hit;
import org.policyannotator.search.HitTagger;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * Tags hits of the Search view in the current annotator's sets: one undoable operation per document. A document
 * open in an editor is tagged there (its undo, its Save); any other document's set is changed and saved at once,
 * undone from the Search view.
 */
final class HitTagging {

	/** What tagging did: documents changed, annotations added, hits that were already tagged so. */
	record Result(int documents, int added, int skipped) {
	}

	private HitTagging() {
	}

	static Result tag(IWorkbenchPage page, Path corpusFolder, Corpus corpus, List<Hit> hits, TagType type,
			String annotator, IUndoContext searchContext) throws ExecutionException, CorpusException {
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		int documents = 0;
		int added = 0;
		Instant now = Instant.now();
		for (Map.Entry<String, List<Hit>> entry : HitTagger.byDocument(hits).entrySet()) {
			String label = "Tag " + entry.getValue().size() + " hits as " + type.label();
			Optional<AnnotationEditor> editor = openEditor(page, corpusFolder, entry.getKey());
			List<Annotation> annotations;
			if (editor.isPresent() && editor.get().session().isPresent()) {
				var session = editor.get().session().get();
				annotations = HitTagger.newAnnotations(session.set(), session.document().text(), entry.getValue(),
						type.id(), now);
				if (!annotations.isEmpty()) {
					editor.get().execute(label, edit(annotations));
				}
			} else {
				AnnotationSet set = corpus.loadSet(annotator, entry.getKey());
				String text = corpus.loadDocument(entry.getKey()).text();
				annotations = HitTagger.newAnnotations(set, text, entry.getValue(), type.id(), now);
				if (!annotations.isEmpty()) {
					history.execute(new SavedSetOperation(label + " in " + entry.getValue().get(0).title(), corpus, set,
							edit(annotations), searchContext), null, null);
				}
			}
			if (!annotations.isEmpty()) {
				documents++;
				added += annotations.size();
			}
		}
		return new Result(documents, added, hits.size() - added);
	}

	private static AnnotationEdit edit(List<Annotation> annotations) {
		return new AnnotationEdit(List.of(), annotations, List.of(), List.of());
	}

	/** The annotation editor that has the document open, if one has (without restoring closed tabs). */
	static Optional<AnnotationEditor> openEditor(IWorkbenchPage page, Path corpusFolder, String documentId) {
		DocumentEditorInput wanted = new DocumentEditorInput(corpusFolder, documentId, "");
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (wanted.equals(reference.getEditorInput())
						&& reference.getEditor(false) instanceof AnnotationEditor editor) {
					return Optional.of(editor);
				}
			} catch (PartInitException e) {
				// not an editor we can tag in: the set is tagged on disk instead
			}
		}
		return Optional.empty();
	}
}

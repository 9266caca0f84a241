package org.policyannotator.ui.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.SuggestionWriter;
import org.policyannotator.suggest.TagAll;
import org.policyannotator.suggest.UserRules;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * Tags every occurrence of a text or a regular expression as suggestions of one type, in the open document or in the
 * whole corpus, in the annotator's own sets; optionally keeps it as a team rule of the corpus. One Ctrl+Z in the
 * editor takes it all back: the open document's change is the editor's, the other documents' (changed and saved at
 * once) are one more step on the same undo context.
 */
public final class TagAllOccurrences {

	/**
	 * What to tag.
	 *
	 * @param pattern     the text (whole words, case ignored) or the regular expression
	 * @param regex       whether {@code pattern} is a regular expression
	 * @param type        the tag type id
	 * @param wholeCorpus every document of the corpus, not only the open one
	 * @param saveRule    also keep the rule in the corpus's {@code suggest-rules.tsv}
	 */
	public record Request(String pattern, boolean regex, String type, boolean wholeCorpus, boolean saveRule) {
	}

	/** What was done: suggestions added, documents changed, occurrences already tagged or rejected before. */
	public record Result(int added, int documents, int skipped, boolean ruleSaved) {
		/** For the status line. */
		public String describe() {
			return added + " occurrences suggested in " + documents + (documents == 1 ? " document" : " documents")
					+ (skipped > 0 ? ", " + skipped + " already tagged or rejected" : "")
					+ (ruleSaved ? "; the rule is kept in " + UserRules.FILE : "");
		}
	}

	private TagAllOccurrences() {
	}

	/**
	 * Tags as asked.
	 *
	 * @throws IllegalArgumentException if the pattern is empty or an invalid regular expression
	 * @throws ExecutionException       if a set cannot be read or saved (what was saved before is undone)
	 */
	public static Result run(AnnotationEditor editor, Request request) throws ExecutionException {
		EditorSession session = editor.session().orElseThrow();
		Suggester rule = TagAll.rule(request.type(), request.pattern(), request.regex());
		Corpus corpus = session.corpus();
		String label = "Tag all \"" + request.pattern() + "\" as " + request.type();
		int added = 0;
		int documents = 0;
		int skipped = 0;
		try {
			SuggestionWriter.Outcome here = TagAll.plan(corpus, session.set(), session.document().text(), rule);
			skipped += here.skipped();
			if (!here.added().isEmpty()) {
				editor.execute(label, new AnnotationEdit(List.of(), here.added(), List.of(), here.relations()));
				added += here.added().size();
				documents++;
			}
			if (request.wholeCorpus()) {
				OtherDocuments others = new OtherDocuments(label + " in other documents", corpus, editor);
				for (String id : corpus.documentIds()) {
					if (!id.equals(session.document().id())) {
						others.plan(id, session.annotator(), rule);
					}
				}
				skipped += others.skipped;
				if (others.added > 0) {
					IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
					history.execute(others, null, null);
					added += others.added;
					documents += others.changes.size();
				}
			}
			boolean saved = request.saveRule() && UserRules.add(corpus, request.type(), request.pattern(), request.regex());
			return new Result(added, documents, skipped, saved);
		} catch (CorpusException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	/** The change of one set of a document no editor has open. */
	private record Change(AnnotationSet set, AnnotationEdit edit) {
	}

	/** The other documents' changes as one undoable step, each set saved at once. */
	private static final class OtherDocuments extends AbstractOperation {
		private final Corpus corpus;
		private final IWorkbenchPage page;
		private final java.nio.file.Path folder;
		private final List<Change> changes = new ArrayList<>();
		private int added;
		private int skipped;

		OtherDocuments(String label, Corpus corpus, AnnotationEditor editor) {
			super(label);
			this.corpus = corpus;
			this.page = editor.getSite().getPage();
			this.folder = corpus.directory();
			addContext(editor.undoContext());
		}

		void plan(String documentId, String annotator, Suggester rule) throws CorpusException, ExecutionException {
			Optional<AnnotationEditor> open = openEditor(documentId);
			if (open.isPresent() && open.get().session().isPresent()) { // tagged in its editor: its undo, its Save
				EditorSession session = open.get().session().get();
				SuggestionWriter.Outcome o = TagAll.plan(corpus, session.set(), session.document().text(), rule);
				skipped += o.skipped();
				if (!o.added().isEmpty()) {
					open.get().execute(getLabel(), new AnnotationEdit(List.of(), o.added(), List.of(), o.relations()));
				}
				return;
			}
			AnnotationSet set = corpus.loadSet(annotator, documentId);
			SuggestionWriter.Outcome o = TagAll.plan(corpus, set, corpus.loadDocument(documentId).text(), rule);
			skipped += o.skipped();
			if (!o.added().isEmpty()) {
				changes.add(new Change(set, new AnnotationEdit(List.of(), o.added(), List.of(), o.relations())));
				added += o.added().size();
			}
		}

		private Optional<AnnotationEditor> openEditor(String documentId) {
			for (IEditorReference reference : page.getEditorReferences()) {
				if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.session().isPresent()
						&& editor.session().get().document().id().equals(documentId)
						&& editor.session().get().corpus().directory().equals(folder)) {
					return Optional.of(editor);
				}
			}
			return Optional.empty();
		}

		@Override
		public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
			return change(true);
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
			return change(true);
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
			return change(false);
		}

		/** Applies (or reverts) every change and saves; a failed save takes back what this call did. */
		private IStatus change(boolean forward) throws ExecutionException {
			List<Change> done = new ArrayList<>();
			for (Change c : changes) {
				if (forward) {
					c.edit().apply(c.set());
				} else {
					c.edit().revert(c.set());
				}
				try {
					corpus.saveSet(c.set());
					done.add(c);
				} catch (CorpusException e) {
					undoDone(forward, c, done);
					throw new ExecutionException(e.getMessage(), e);
				}
			}
			return Status.OK_STATUS;
		}

		private void undoDone(boolean forward, Change failed, List<Change> done) {
			List<Change> back = new ArrayList<>(done);
			back.add(failed);
			for (Change c : back) {
				if (forward) {
					c.edit().revert(c.set());
				} else {
					c.edit().apply(c.set());
				}
				if (c != failed) {
					try {
						corpus.saveSet(c.set());
					} catch (CorpusException e) {
						// the first failure is the one reported
					}
				}
			}
		}
	}
}

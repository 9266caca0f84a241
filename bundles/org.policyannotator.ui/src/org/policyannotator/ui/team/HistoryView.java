package org.policyannotator.ui.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.team.git.HistoryEntry;
import org.policyannotator.team.git.TeamException;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * History of the document in the active annotation editor, from the commits of its shared corpus: when, who, the
 * message, and below each commit which annotations of which set it added (+), changed (~) or removed (-). Restore
 * puts a set back as a commit had it, after a confirmation; the next Synchronize shares it.
 */
public final class HistoryView extends ViewPart {
	/** The view's id. */
	public static final String ID = "org.policyannotator.ui.view.history";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());
	private static final int MAX = 200;

	/** A file line under a commit. */
	record Change(HistoryEntry entry, String line) {
		/** The path the line is about. */
		String path() {
			int colon = line.indexOf(": ");
			return colon < 0 ? line : line.substring(0, colon);
		}

		boolean isSet() {
			return path().startsWith("annotations/") && !path().substring(path().lastIndexOf('/') + 1).startsWith(".");
		}
	}

	private TreeViewer tree;
	private Optional<DocumentEditorInput> shown = Optional.empty();
	private List<HistoryEntry> entries = List.of();
	private final IPartListener2 editorListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof AnnotationEditor) {
				refresh();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		tree = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof HistoryEntry e ? e.changes().stream().map(c -> new Change(e, c)).toArray()
						: new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof Change c ? c.entry() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof HistoryEntry e && !e.changes().isEmpty();
			}
		});
		column("When", 140, e -> WHEN.format(e.when()), c -> "");
		column("Who", 110, HistoryEntry::author, c -> "");
		column("What", 520, HistoryEntry::message, Change::line);
		column("Commit", 100, HistoryEntry::commit, c -> "");
		Action restore = new Action("Restore This Version...") {
			@Override
			public void run() {
				selectedChange().ifPresent(HistoryView.this::restore);
			}
		};
		restore.setToolTipText("Put the selected set back as this commit left it");
		tree.addSelectionChangedListener(e -> restore.setEnabled(selectedChange().filter(Change::isSet).isPresent()));
		restore.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(restore);
		getViewSite().getActionBars().getToolBarManager().add(new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		});
		getSite().getPage().addPartListener(editorListener);
		refresh();
	}

	private void column(String title, int width, java.util.function.Function<HistoryEntry, String> commit,
			java.util.function.Function<Change, String> change) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof HistoryEntry e ? commit.apply(e) : change.apply((Change) element);
			}
		});
	}

	/** The commits shown (newest first). */
	public List<HistoryEntry> entries() {
		return entries;
	}

	/** Reads the history of the active editor's document again, in the background. */
	public void refresh() {
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (editor == null || !(editor.getEditorInput() instanceof DocumentEditorInput input)) {
			if (shown.isEmpty()) {
				setContentDescription("Open a document of a shared corpus to see who changed its annotations when.");
			}
			return;
		}
		shown = Optional.of(input);
		Path corpus = input.corpusFolder();
		if (!Files.isDirectory(corpus.resolve(".git"))) {
			show(input, List.of(), Optional.of(input.getName() + ": its corpus is not shared (Team > Share Corpus...),"
					+ " so there is no history yet."));
			return;
		}
		Job.create("History of " + input.getName(), monitor -> {
			List<HistoryEntry> read;
			Optional<String> problem = Optional.empty();
			try (TeamRepository team = TeamRepository.open(corpus)) {
				read = team.log(Optional.of(input.documentId()), MAX);
			} catch (TeamException e) {
				read = List.of();
				problem = Optional.of(e.getMessage());
			}
			List<HistoryEntry> found = read;
			Optional<String> message = problem;
			Display.getDefault().asyncExec(() -> show(input, found, message));
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(DocumentEditorInput input, List<HistoryEntry> found, Optional<String> problem) {
		if (tree.getControl().isDisposed() || !shown.equals(Optional.of(input))) {
			return;
		}
		entries = found;
		tree.setInput(found);
		tree.expandAll();
		setContentDescription(problem.orElse(found.size() + " commits changed " + input.getName()
				+ (found.size() == MAX ? " (the newest " + MAX + " shown)" : "")));
	}

	private Optional<Change> selectedChange() {
		return ((IStructuredSelection) tree.getSelection()).getFirstElement() instanceof Change c ? Optional.of(c)
				: Optional.empty();
	}

	/** Puts the set back as the change's commit left it, after a confirmation; open editors show it. */
	void restore(Change change) {
		DocumentEditorInput input = shown.orElseThrow();
		String when = WHEN.format(change.entry().when());
		if (!MessageDialog.openConfirm(getSite().getShell(), "Restore Version", "Put " + change.path()
				+ " back as it was after " + change.entry().author() + "'s commit of " + when + " (\u201c"
				+ change.entry().message() + "\u201d)?\n\nThe version there now is replaced; it stays in the history "
				+ "if it was synchronised. Synchronize shares the restored version.")) {
			return;
		}
		restore(input.corpusFolder(), change.entry().commit(), change.path());
	}

	/** Restores without asking: saves the corpus's editors first, then they show the restored set. */
	void restore(Path corpus, String commit, String path) {
		CorpusEditors editors = new CorpusEditors(corpus);
		if (!editors.saveFirst(getSite().getShell(), "Restore")) {
			return;
		}
		try (TeamRepository team = TeamRepository.open(corpus)) {
			team.restore(path, commit);
		} catch (TeamException e) {
			MessageDialog.openError(getSite().getShell(), "Restore Version", e.getMessage());
			return;
		}
		List<String> problems = editors.refresh(List.of(path));
		if (!problems.isEmpty()) {
			MessageDialog.openWarning(getSite().getShell(), "Restore Version", String.join("\n", problems));
		}
		org.policyannotator.ui.corpus.CorpusRegistry.getDefault().refresh();
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorListener);
		super.dispose();
	}
}

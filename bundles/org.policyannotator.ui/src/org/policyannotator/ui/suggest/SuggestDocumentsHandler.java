package org.policyannotator.ui.suggest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.suggest.CorpusSuggestions;
import org.policyannotator.suggest.UserRules;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * Suggest on the documents selected in the Corpus Navigator, as a job with progress and cancel (between documents):
 * the suggestions are saved into the current annotator's sets. Documents open in an editor are left out (Suggest in
 * the editor instead, where it can be undone) and named in the summary.
 */
public final class SuggestDocumentsHandler extends AbstractHandler {
	private static final String TITLE = "Suggest";

	@Override
	public Object execute(ExecutionEvent event) {
		List<DocumentNode> documents = new ArrayList<>();
		for (Object element : HandlerUtil.getCurrentStructuredSelection(event).toList()) {
			if (element instanceof DocumentNode d) {
				documents.add(d);
			}
		}
		if (documents.isEmpty()) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		List<String> open = new ArrayList<>();
		List<DocumentNode> closed = new ArrayList<>();
		for (DocumentNode d : documents) {
			if (isOpen(page, d)) {
				open.add(d.title());
			} else {
				closed.add(d);
			}
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String annotator = AnnotatorIdentity.current();
		Job job = Job.create("Suggest in " + closed.size() + " documents", monitor -> {
			return run(closed, open, annotator, shell, monitor);
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static IStatus run(List<DocumentNode> documents, List<String> open, String annotator, Shell shell,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, documents.size());
		int added = 0;
		int done = 0;
		StringBuilder problems = new StringBuilder();
		for (DocumentNode d : documents) {
			if (progress.isCanceled()) {
				break;
			}
			progress.subTask(d.title());
			try {
				Corpus corpus = CorpusRegistry.getDefault().corpus(d.corpusFolder());
				added += new CorpusSuggestions(corpus, UserRules.withBuiltIn(corpus), List.of())
						.run(d.documentId(), annotator, false).outcome().added().size();
				done++;
			} catch (java.io.IOException | RuntimeException e) {
				problems.append("\n\u2022 ").append(d.title()).append(": ").append(e.getMessage());
			}
			progress.worked(1);
		}
		String summary = added + " suggestions saved for " + annotator + " in " + done + " of " + documents.size()
				+ " documents." + (open.isEmpty() ? ""
						: "\nLeft out, open in an editor (use Suggest there): " + String.join(", ", open))
				+ (problems.isEmpty() ? "" : "\nNot done:" + problems);
		Display.getDefault().asyncExec(() -> {
			CorpusRegistry.getDefault().refresh();
			if (!shell.isDisposed()) {
				MessageDialog.openInformation(shell, TITLE, summary);
			}
		});
		return progress.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	private static boolean isOpen(IWorkbenchPage page, DocumentNode d) {
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof DocumentEditorInput input
						&& d.documentId().equals(input.documentId()) && d.corpusFolder().equals(input.corpusFolder())) {
					return true;
				}
			} catch (PartInitException e) {
				// not one of ours
			}
		}
		return false;
	}
}

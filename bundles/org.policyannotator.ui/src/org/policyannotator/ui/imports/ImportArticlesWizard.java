package org.policyannotator.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.policyannotator.importer.CorpusImporter;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * File > Import > Articles: saved web pages, PDF papers, text and Markdown files (or folders of them) into a corpus, with a
 * preview of what is extracted, a progress bar that can be cancelled, duplicate detection and a summary.
 */
public final class ImportArticlesWizard extends Wizard implements IImportWizard {
	public static final String ID = "org.policyannotator.ui.wizard.importArticles";
	private final ImportRequest request = new ImportRequest();

	public ImportArticlesWizard() {
		setWindowTitle("Import Articles");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null && selection.getFirstElement() instanceof CorpusNode corpus) {
			request.corpus = java.util.Optional.of(corpus.folder());
		}
	}

	/** Pre-fills the files to import (files dropped on the navigator) and the target corpus. */
	public void preset(List<Path> sources, Path corpus) {
		preset(sources, java.util.Optional.of(corpus));
	}

	/** As {@link #preset(List, Path)}; without a corpus the first page offers the first one, to keep or change. */
	public void preset(List<Path> sources, java.util.Optional<Path> corpus) {
		request.sources.addAll(sources);
		request.corpus = corpus;
	}

	@Override
	public void addPages() {
		addPage(new SourcePage(request));
		addPage(new PreviewPage(request));
	}

	@Override
	public boolean performFinish() {
		try {
			new ImportSummaryDialog(getShell(), runImport(getContainer())).open();
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "Import failed", String.valueOf(e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Imports what the pages ask for, with progress and cancel in {@code context}, and refreshes the navigator. */
	public CorpusImporter.Summary runImport(IRunnableContext context) throws InvocationTargetException, InterruptedException {
		AtomicReference<CorpusImporter.Summary> result = new AtomicReference<>();
		context.run(true, true, monitor -> result.set(importAll(monitor)));
		CorpusRegistry.getDefault().refresh();
		return result.get();
	}

	private CorpusImporter.Summary importAll(IProgressMonitor monitor) throws InvocationTargetException {
		try {
			Path folder = request.corpus.orElseThrow();
			CorpusImporter importer = new CorpusImporter(CorpusRegistry.getDefault().corpus(folder), request.options(),
					request.filter(), request.keepDuplicates);
			List<Path> files = importer.files(request.sources);
			SubMonitor progress = SubMonitor.convert(monitor,
					"Importing " + files.size() + (files.size() == 1 ? " file" : " files"), files.size());
			return importer.importAll(request.sources, outcome -> {
				progress.subTask(outcome.file().getFileName().toString());
				progress.worked(1);
			}, monitor::isCanceled);
		} catch (Exception e) {
			throw new InvocationTargetException(e, e.getMessage());
		}
	}
}

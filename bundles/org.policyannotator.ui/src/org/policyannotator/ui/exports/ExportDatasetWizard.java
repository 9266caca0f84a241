package org.policyannotator.ui.exports;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.ExportCancelledException;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportResult;
import org.policyannotator.export.Exporter;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;

/**
 * File > Export > Annotation Dataset: a corpus (or the documents, types and annotators chosen) in one of the
 * {@link ExportFormat}s, with a progress bar that can be cancelled and a summary. The exporter writes atomically,
 * so a cancelled or failed export leaves nothing under the target name.
 */
public final class ExportDatasetWizard extends Wizard implements IExportWizard {
	public static final String ID = "org.policyannotator.ui.wizard.exportDataset";
	/** What the user sees when they cancel. */
	public static final String CANCELLED = "Export cancelled: nothing was written";
	private final ExportRequest request = new ExportRequest();

	public ExportDatasetWizard() {
		setWindowTitle("Export Annotation Dataset");
		setNeedsProgressMonitor(true);
	}

	/** Preselects the corpus of the selected corpus or documents, and the documents when documents are selected. */
	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (selection == null) {
			return;
		}
		List<String> documents = new ArrayList<>();
		for (Object element : selection) {
			if (element instanceof CorpusNode corpus && request.corpus().isEmpty()) {
				request.corpus(corpus.folder());
			} else if (element instanceof DocumentNode document) {
				if (request.corpus().isEmpty()) {
					request.corpus(document.corpusFolder());
				}
				if (request.corpus().get().equals(document.corpusFolder())) {
					documents.add(document.documentId());
				}
			}
		}
		request.documents(documents);
	}

	/** The choices the pages edit (tests and the navigator command preset them). */
	public ExportRequest request() {
		return request;
	}

	@Override
	public void addPages() {
		addPage(new ExportTargetPage(request));
		addPage(new ExportContentsPage(request));
	}

	@Override
	public boolean performFinish() {
		Path target = request.target().orElseThrow();
		if (!request.format().writesFolder() && Files.isRegularFile(target) && !MessageDialog.openQuestion(getShell(),
				"Replace File", target + " already exists.\nDo you want to replace it?")) {
			return false;
		}
		try {
			ExportResult result = runExport(getContainer());
			MessageDialog.openInformation(getShell(), "Export Finished", ExportSummary.text(result));
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(getShell(), "Export Failed",
					"Could not export to " + target + ":\n" + cause.getMessage() + "\n\nNothing was written.");
			return false;
		} catch (InterruptedException e) {
			MessageDialog.openInformation(getShell(), "Export Cancelled", CANCELLED + " to " + target + ".");
			return false;
		}
	}

	/**
	 * Exports what the pages ask for, with progress and cancel in {@code context}.
	 *
	 * @throws InterruptedException      if the user cancelled; nothing was written
	 * @throws InvocationTargetException if the export failed (the cause's message names the file and problem)
	 */
	public ExportResult runExport(IRunnableContext context) throws InvocationTargetException, InterruptedException {
		Path folder = request.corpus().orElseThrow(() -> new IllegalStateException("no corpus chosen"));
		Path target = request.target().orElseThrow(() -> new IllegalStateException("no target chosen"));
		ExportFormat format = request.format();
		ExportOptions options = request.options();
		AtomicReference<ExportResult> result = new AtomicReference<>();
		context.run(true, true, monitor -> result.set(export(folder, format, options, target, monitor)));
		return result.get();
	}

	private static ExportResult export(Path folder, ExportFormat format, ExportOptions options, Path target,
			IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		try {
			DatasetSource source = DatasetSource.of(CorpusRegistry.getDefault().corpus(folder), options);
			monitor.beginTask("Exporting " + source.documentIds().size() + " documents to " + target.getFileName(),
					source.documentIds().size());
			return Exporter.export(source, format, target, new MonitorProgress(monitor));
		} catch (ExportCancelledException e) {
			throw new InterruptedException(CANCELLED);
		} catch (IOException | RuntimeException e) {
			throw new InvocationTargetException(e, e.getMessage());
		} finally {
			monitor.done();
		}
	}
}

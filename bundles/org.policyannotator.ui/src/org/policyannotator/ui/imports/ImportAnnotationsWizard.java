package org.policyannotator.ui.imports;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.export.ExportCancelledException;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.exports.MonitorProgress;

/**
 * File > Import > Annotation Set: a colleague's exported sets (our dataset, doccano, W3C) into a corpus with the
 * same documents. The importer is all or nothing; its problems (file and line) are listed in a dialog. Open
 * editors keep the set they hold in memory (with any unsaved work); they show imported annotations when reopened.
 */
public final class ImportAnnotationsWizard extends Wizard implements IImportWizard {
	public static final String ID = "org.policyannotator.ui.wizard.importAnnotations";
	private final AnnotationSetRequest request = new AnnotationSetRequest();

	public ImportAnnotationsWizard() {
		setWindowTitle("Import Annotation Set");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof CorpusNode corpus) {
			request.corpus(corpus.folder());
		} else if (first instanceof DocumentNode document) {
			request.corpus(document.corpusFolder());
		}
	}

	/** Pre-fills the file, the format (empty: recognise it), the corpus and the annotator override. */
	public void preset(Path file, Optional<ImportFormat> format, Path corpus, Optional<String> annotator) {
		request.file(file);
		request.format(format);
		request.corpus(corpus);
		request.annotator(annotator);
	}

	/** The choices the page edits. */
	public AnnotationSetRequest request() {
		return request;
	}

	@Override
	public void addPages() {
		addPage(new AnnotationSetPage(request));
	}

	@Override
	public boolean performFinish() {
		Path file = request.file().orElseThrow();
		try {
			ImportReport report = runImport(getContainer());
			MessageDialog.openInformation(getShell(), "Annotation Set Imported",
					summary(report, file) + reopenEditors(request.corpus().orElseThrow()));
			return true;
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof ImportException problems) {
				new ImportProblemsDialog(getShell(), file, problems.problems()).open();
			} else {
				Throwable cause = e.getCause() == null ? e : e.getCause();
				MessageDialog.openError(getShell(), "Import Failed", "Could not import " + file + ":\n"
						+ cause.getMessage());
			}
			return false;
		} catch (InterruptedException e) {
			MessageDialog.openInformation(getShell(), "Import Cancelled",
					"Import cancelled: nothing was imported from " + file + ".");
			return false;
		}
	}

	/**
	 * Imports the chosen file with progress and cancel in {@code context}, then refreshes the navigator.
	 *
	 * @throws InvocationTargetException with an {@link ImportException} cause listing every problem (nothing was
	 *                                   written), or another cause when a set could not be written
	 * @throws InterruptedException      if cancelled before anything was written
	 */
	public ImportReport runImport(IRunnableContext context) throws InvocationTargetException, InterruptedException {
		Path file = request.file().orElseThrow(() -> new IllegalStateException("no file chosen"));
		Path folder = request.corpus().orElseThrow(() -> new IllegalStateException("no corpus chosen"));
		Optional<ImportFormat> format = request.format();
		Optional<String> annotator = request.annotator();
		AtomicReference<ImportReport> result = new AtomicReference<>();
		try {
			context.run(true, true, monitor -> result.set(importFile(file, format, annotator, folder, monitor)));
		} finally {
			CorpusRegistry.getDefault().refresh();
		}
		return result.get();
	}

	private static ImportReport importFile(Path file, Optional<ImportFormat> format, Optional<String> annotator,
			Path folder, IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		try {
			monitor.beginTask("Importing " + file.getFileName(), IProgressMonitor.UNKNOWN);
			return AnnotationImporter.importFile(file, format, annotator, CorpusRegistry.getDefault().corpus(folder),
					new MonitorProgress(monitor));
		} catch (ExportCancelledException e) {
			throw new InterruptedException("Import cancelled: nothing was imported");
		} catch (IOException | RuntimeException e) {
			throw new InvocationTargetException(e, e.getMessage());
		} finally {
			monitor.done();
		}
	}

	/** What an import did, in the words of {@code policyannotator import-annotations}, with its warnings. */
	public static String summary(ImportReport report, Path file) {
		StringBuilder text = new StringBuilder("Imported " + report.summary() + " from " + file + ".");
		if (!report.warnings().isEmpty()) {
			text.append("\n\n").append(report.warnings().size()).append(" warning")
					.append(report.warnings().size() == 1 ? "" : "s").append(':');
			report.warnings().stream().limit(20).forEach(w -> text.append("\n  ").append(w));
			if (report.warnings().size() > 20) {
				text.append("\n  ... and ").append(report.warnings().size() - 20).append(" more");
			}
		}
		return text.toString();
	}

	/**
	 * Reopens the corpus's open editors that have no unsaved changes, so that they show the imported annotations;
	 * editors with unsaved work keep it and are named in the returned note.
	 */
	public static String reopenEditors(Path corpus) {
		List<String> reopened = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					try {
						if (!(reference.getEditorInput() instanceof DocumentEditorInput input)
								|| !input.corpusFolder().toAbsolutePath().normalize().equals(corpus)) {
							continue;
						}
						if (reference.isDirty()) {
							kept.add(reference.getTitle());
						} else {
							String editorId = reference.getId();
							page.closeEditors(new IEditorReference[] { reference }, false);
							page.openEditor(input, editorId, false);
							reopened.add(input.getName());
						}
					} catch (PartInitException e) {
						// not restored yet: it reads the imported set when it opens
					}
				}
			}
		}
		String note = reopened.isEmpty() ? "" : "\n\nReopened to show the imported annotations: " + String.join(", ", reopened);
		return kept.isEmpty() ? note : note + "\n\nThese editors have unsaved changes and still show what they had; save"
				+ " or close them (saving would conflict with the imported file): " + String.join(", ", kept);
	}
}

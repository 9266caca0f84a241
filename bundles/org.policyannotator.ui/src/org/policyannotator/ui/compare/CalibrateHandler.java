package org.policyannotator.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.analysis.exercise.Calibration;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;

/**
 * "Calibrate References...": two instructors' references of a corpus compared before either grades, in the
 * comparison editor: both side by side with the disagreement list, one document at a time, under the agreement
 * figures of all documents both annotated (as {@code exercise calibrate} prints them).
 */
public final class CalibrateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<Path> folder = Optional.empty();
		Optional<String> document = Optional.empty();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			if (selection.getFirstElement() instanceof CorpusNode node) {
				folder = Optional.of(node.folder());
			} else if (selection.getFirstElement() instanceof DocumentNode node) {
				folder = Optional.of(node.corpusFolder());
				document = Optional.of(node.documentId());
			}
		}
		if (folder.isEmpty()) {
			MessageDialog.openInformation(shell, "Calibrate References", "Select the corpus with the two references"
					+ " in the corpus navigator first.");
			return null;
		}
		try {
			Corpus corpus = CorpusRegistry.getDefault().corpus(folder.get());
			List<String> annotators = new ArrayList<>(corpus.annotators());
			if (annotators.size() < 2) {
				MessageDialog.openInformation(shell, "Calibrate References", corpus.name() + " has fewer than two"
						+ " annotators (" + String.join(", ", annotators) + ").");
				return null;
			}
			AnnotatorPairDialog dialog = new AnnotatorPairDialog(shell, corpus.name(), annotators, annotators.get(0),
					annotators.get(1)).titled("Calibrate References", "Compare two instructors' references of \u201c"
							+ corpus.name() + "\u201d before grading, document by document.");
			if (dialog.open() != Window.OK) {
				return null;
			}
			if (open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), folder.get(),
					dialog.left(), dialog.right(), document).isEmpty()) {
				MessageDialog.openInformation(shell, "Calibrate References", "No document of " + corpus.name()
						+ " has sets of both " + dialog.left() + " and " + dialog.right() + ".");
			}
		} catch (IOException | PartInitException | RuntimeException e) {
			throw new ExecutionException("Could not calibrate: " + e.getMessage(), e);
		}
		return null;
	}

	/**
	 * Compares the references of {@code first} and {@code second} in the corpus at {@code folder} and opens the
	 * comparison editor on {@code document} (if both annotated it), else the first document with a disagreement.
	 *
	 * @return the editor, empty when no document has sets of both
	 */
	public static Optional<ComparisonEditor> open(IWorkbenchPage page, Path folder, String first, String second,
			Optional<String> document) throws IOException, PartInitException {
		Corpus corpus = CorpusRegistry.getDefault().corpus(folder);
		Calibration calibration = Calibration.of(corpus, first, second, List.of(), List.of());
		List<String> documents = calibration.selection().documents().stream().map(d -> d.document().id()).toList();
		if (documents.isEmpty()) {
			return Optional.empty();
		}
		String start = document.filter(documents::contains).orElseGet(() -> calibration.disagreements().stream()
				.map(f -> f.documentId()).findFirst().orElse(documents.get(0)));
		ComparisonInput.Calibrating scope = new ComparisonInput.Calibrating(summary(calibration), documents);
		return Optional.of((ComparisonEditor) page.openEditor(new ComparisonInput(folder, start,
				corpus.documentTitle(start), first, second, Optional.of(scope)), ComparisonEditor.ID));
	}

	/** The figures of all documents and the warnings, from the calibration report. */
	static String summary(Calibration calibration) {
		List<String> lines = new ArrayList<>();
		for (String line : calibration.text().lines().toList()) {
			if (line.startsWith("Calibration of") || line.startsWith("all types:") || line.contains("warning:")
					|| line.matches("\\d+ disagreement\\(s\\).*")) {
				lines.add(line.strip().replaceAll(":$", ""));
			}
		}
		return String.join("; ", lines);
	}
}

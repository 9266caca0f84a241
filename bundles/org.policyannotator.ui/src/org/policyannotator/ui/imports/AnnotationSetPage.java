package org.policyannotator.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.ui.corpus.CorpusCombo;

/** The one page of the annotation set import: file, format (recognised, changeable), corpus, annotator. */
final class AnnotationSetPage extends WizardPage {
	private static final String[] FORMAT_LABELS = java.util.Arrays.stream(ImportFormat.values())
			.map(AnnotationSetPage::label).toArray(String[]::new);
	private final AnnotationSetRequest request;
	private Text file;
	private Combo format;
	private Label detected;
	private CorpusCombo corpus;
	private Text annotator;
	private String detectionProblem;

	AnnotationSetPage(AnnotationSetRequest request) {
		super("org.policyannotator.ui.wizard.importAnnotations.file");
		this.request = request;
		setTitle("Import Annotation Set");
		setDescription("A colleague's exported annotations into a corpus; texts it lacks become documents, "
				+ "and they replace that annotator's sets.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("&File:");
		file = new Text(page, SWT.BORDER | SWT.SINGLE);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		request.file().ifPresent(path -> file.setText(path.toString()));
		file.addListener(SWT.Modify, e -> fileChanged());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText("F&ormat:");
		format = new Combo(page, SWT.READ_ONLY);
		format.setItems(FORMAT_LABELS);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		format.addListener(SWT.Selection, e -> {
			request.format(Optional.of(ImportFormat.values()[format.getSelectionIndex()]));
			validate();
		});
		detected = new Label(page, SWT.NONE);
		detected.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));

		new Label(page, SWT.NONE).setText("Into &corpus:");
		corpus = new CorpusCombo(page, request.corpus());
		corpus.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		corpus.control().addListener(SWT.Selection, e -> validate());

		new Label(page, SWT.NONE).setText("&Annotator:");
		annotator = new Text(page, SWT.BORDER | SWT.SINGLE);
		annotator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		annotator.setMessage("the file's annotators (give a name for doccano files without one)");
		request.annotator().ifPresent(annotator::setText);
		annotator.addListener(SWT.Modify, e -> validate());
		Label note = new Label(page, SWT.WRAP);
		note.setText("A file, or a folder of brat or UIMA CAS JSON files. Documents the corpus lacks are created from "
				+ "the file's texts. All or nothing: if anything is wrong, every problem is listed and nothing is "
				+ "imported.");
		GridData noteLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		noteLayout.widthHint = 500;
		note.setLayoutData(noteLayout);

		setControl(page);
		fileChanged();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.json;*.jsonl;*.jsonld;*.qdpx;*.qde", "*" });
		dialog.setFilterNames(new String[] { "Annotation sets (.json, .jsonl, .jsonld, .qdpx)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Recognises the format of the new file and selects it (the user can still change it). */
	private void fileChanged() {
		detectionProblem = null;
		request.file(null);
		String text = file.getText().strip();
		if (!text.isEmpty()) {
			try {
				request.file(Path.of(text).toAbsolutePath().normalize());
			} catch (InvalidPathException e) {
				detectionProblem = text + ": not a valid path (" + e.getReason() + ")";
			}
		}
		detected.setText("");
		if (request.file().isPresent() && Files.exists(request.file().get())) {
			try {
				ImportFormat found = AnnotationImporter.detect(request.file().get());
				format.select(found.ordinal());
				request.format(Optional.of(found));
				detected.setText("(recognised)");
			} catch (ImportException e) {
				detectionProblem = String.join("; ", e.problems());
			} catch (IOException e) {
				detectionProblem = request.file().get() + ": " + e.getMessage();
			}
		}
		detected.getParent().layout();
		validate();
	}

	private void validate() {
		request.corpus(corpus.selection().orElse(null));
		String name = annotator.getText().strip();
		request.annotator(name.isEmpty() ? Optional.empty() : Optional.of(name));
		setErrorMessage(error(name));
		setPageComplete(getErrorMessage() == null);
	}

	private String error(String name) {
		Optional<Path> path = request.file();
		if (path.isEmpty()) {
			return detectionProblem != null ? detectionProblem : "Choose the file to import.";
		}
		if (!Files.exists(path.get())) {
			return path.get() + ": does not exist";
		}
		if (format.getSelectionIndex() < 0) {
			return (detectionProblem != null ? detectionProblem : path.get() + ": cannot tell its format")
					+ " Choose the format.";
		}
		if (request.corpus().isEmpty()) {
			return "Choose the corpus to import into (create one with File > New > Corpus).";
		}
		if (!name.isEmpty() && !DocumentIds.isValid(name)) {
			return "Annotator \"" + name + "\" is not a valid name: use ASCII letters, digits, '.', '_' or '-'";
		}
		return null;
	}

	/** The name of a format in the list (one per {@link ImportFormat}, in its order). */
	static String label(ImportFormat format) {
		return switch (format) {
		case NATIVE -> "Policy Annotator dataset (JSON)";
		case JSONL -> "Policy Annotator dataset (JSON Lines)";
		case DOCCANO -> "doccano (JSONL)";
		case W3C -> "W3C Web Annotation (JSON-LD)";
		case LABEL_STUDIO -> "Label Studio (JSON export)";
		case BRAT -> "brat standoff (.ann with its .txt)";
		case UIMA -> "UIMA CAS JSON (INCEpTION)";
		case REFI_QDA -> "REFI-QDA project (.qdpx, .qde)";
		};
	}
}

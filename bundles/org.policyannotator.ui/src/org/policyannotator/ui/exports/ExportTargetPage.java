package org.policyannotator.ui.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.ui.corpus.CorpusCombo;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** First page of the export: the corpus, the format (each with a line on what it is) and the file or folder. */
final class ExportTargetPage extends WizardPage {
	private final ExportRequest request;
	private CorpusCombo corpus;
	private Text target;
	private Label targetLabel;
	/** Whether the target was suggested by the page (then a new corpus or format suggests a new one). */
	private boolean suggested = true;
	private boolean updating;

	ExportTargetPage(ExportRequest request) {
		super("org.policyannotator.ui.wizard.exportDataset.target");
		this.request = request;
		setTitle("Export Annotation Dataset");
		setDescription("Choose the corpus, the format and where to write it. Next chooses what goes in.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("&Corpus:");
		corpus = new CorpusCombo(page, request.corpus());
		corpus.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		corpus.control().addListener(SWT.Selection, e -> {
			corpus.selection().ifPresent(request::corpus);
			suggestTarget();
			validate();
		});
		corpus.selection().ifPresent(request::corpus);

		Group formats = new Group(page, SWT.NONE);
		formats.setText("Format");
		formats.setLayout(new GridLayout(2, false));
		formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		for (ExportFormat format : ExportFormat.values()) {
			Button radio = new Button(formats, SWT.RADIO);
			radio.setText(ExportFormats.label(format));
			radio.setData(format);
			radio.setSelection(format == request.format());
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					request.format(format);
					suggestTarget();
					validate();
				}
			});
			Label explanation = new Label(formats, SWT.NONE);
			explanation.setText(ExportFormats.explanation(format));
			explanation.setEnabled(false);
		}

		targetLabel = new Label(page, SWT.NONE);
		target = new Text(page, SWT.BORDER | SWT.SINGLE);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		target.addListener(SWT.Modify, e -> {
			if (!updating) {
				suggested = false;
				validate();
			}
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, e -> browse());

		if (request.target().isPresent()) {
			suggested = false;
			setTarget(request.target().get().toString());
		} else {
			suggestTarget();
		}
		setControl(page);
		validate();
	}

	private void browse() {
		String chosen;
		if (request.format().writesFolder()) {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setMessage("A new or empty folder for the " + ExportFormats.label(request.format()) + " files");
			dialog.setFilterPath(parentOf(target.getText()));
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(false); // the wizard asks on Finish
			dialog.setFilterPath(parentOf(target.getText()));
			String extension = ExportFormats.extension(request.format());
			dialog.setFilterExtensions(new String[] { "*" + extension, "*" });
			chosen = dialog.open();
		}
		if (chosen != null) {
			suggested = false;
			setTarget(chosen);
			validate();
		}
	}

	private static String parentOf(String path) {
		try {
			Path parent = Path.of(path).toAbsolutePath().getParent();
			return parent == null ? System.getProperty("user.home") : parent.toString();
		} catch (InvalidPathException e) {
			return System.getProperty("user.home");
		}
	}

	/** Proposes {@code <home>/<corpus folder>-<format><extension>} until the user types or browses a target. */
	private void suggestTarget() {
		targetLabel.setText(request.format().writesFolder() ? "&To folder:" : "&To file:");
		targetLabel.getParent().layout();
		if (!suggested || request.corpus().isEmpty()) {
			return;
		}
		String name = request.corpus().get().getFileName() + "-" + request.format().key()
				+ ExportFormats.extension(request.format());
		setTarget(Path.of(System.getProperty("user.home"), name).toString());
	}

	private void setTarget(String text) {
		updating = true;
		try {
			target.setText(text);
		} finally {
			updating = false;
		}
	}

	private void validate() {
		setMessage(null);
		String error = error();
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private String error() {
		if (request.corpus().isEmpty()) {
			return "Choose the corpus to export (create one with File > New > Corpus).";
		}
		try {
			CorpusRegistry.getDefault().corpus(request.corpus().get());
		} catch (IOException | RuntimeException e) {
			return "Could not open the corpus " + request.corpus().get() + ": " + e.getMessage();
		}
		String text = target.getText().strip();
		boolean folder = request.format().writesFolder();
		if (text.isEmpty()) {
			request.target(null);
			return folder ? "Give the folder to write (" + request.format().key() + " writes a folder)."
					: "Give the file to write.";
		}
		Path path;
		try {
			path = Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			request.target(null);
			return text + ": not a valid path (" + e.getReason() + ")";
		}
		request.target(path);
		if (folder && Files.isRegularFile(path)) {
			return path + ": exists and is a file; " + request.format().key() + " writes a folder";
		}
		if (folder && Files.isDirectory(path) && !isEmpty(path)) {
			return path + ": folder is not empty; give a new or empty folder";
		}
		if (!folder && Files.isDirectory(path)) {
			return path + ": is a folder; give a file name";
		}
		if (!folder && Files.exists(path)) {
			setMessage(path.getFileName() + " exists; Finish asks before replacing it.", IMessageProvider.WARNING);
		}
		List<String> unsaved = UnsavedEditors.of(request.corpus().get());
		if (!unsaved.isEmpty()) {
			setMessage("Unsaved changes in " + String.join(", ", unsaved) + " are not exported: the export reads what"
					+ " is saved.", IMessageProvider.WARNING);
		}
		return null;
	}

	private static boolean isEmpty(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}
}

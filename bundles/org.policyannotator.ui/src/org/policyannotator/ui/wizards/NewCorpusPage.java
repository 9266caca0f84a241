package org.policyannotator.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Where the new corpus goes, its name, and its tag schema: the default one or a schema.json file. */
public final class NewCorpusPage extends WizardPage {
	private Text folder;
	private Text name;
	private Button defaultSchema;
	private Button schemaFromFile;
	private Text schemaFile;
	private Button browseSchema;

	NewCorpusPage() {
		super("org.policyannotator.ui.wizard.newCorpus.page");
		setTitle("New Corpus");
		setDescription("A corpus is a folder of documents, a tag schema and everyone's annotations.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		label(body, "&Name:");
		name = text(body, 2);
		label(body, "&Folder:");
		folder = text(body, 1);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> browseFolder());

		Label schemaLabel = label(body, "Schema:");
		schemaLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		Composite choices = new Composite(body, SWT.NONE);
		choices.setLayout(new GridLayout(2, false));
		choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		defaultSchema = new Button(choices, SWT.RADIO);
		defaultSchema.setText("The &default schema (claims, statistics, proposals, points, quotes, speakers)");
		defaultSchema.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		defaultSchema.setSelection(true);
		schemaFromFile = new Button(choices, SWT.RADIO);
		schemaFromFile.setText("A schema.json &file:");
		schemaFromFile.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		schemaFile = new Text(choices, SWT.BORDER);
		schemaFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		browseSchema = new Button(choices, SWT.PUSH);
		browseSchema.setText("Browse...");
		browseSchema.addListener(SWT.Selection, event -> browseSchema());
		for (Button radio : new Button[] { defaultSchema, schemaFromFile }) {
			radio.addListener(SWT.Selection, event -> validate());
		}
		for (Text text : new Text[] { name, folder, schemaFile }) {
			text.addModifyListener(event -> validate());
		}
		setControl(body);
		validate();
		setErrorMessage(null);
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Text text(Composite parent, int span) {
		Text text = new Text(parent, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = 320;
		text.setLayoutData(data);
		return text;
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage("An empty folder, or a new one, for the corpus");
		String chosen = dialog.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	private void browseSchema() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			schemaFile.setText(chosen);
			schemaFromFile.setSelection(true);
			defaultSchema.setSelection(false);
			validate();
		}
	}

	private void validate() {
		schemaFile.setEnabled(schemaFromFile.getSelection());
		browseSchema.setEnabled(schemaFromFile.getSelection());
		Optional<String> problem = problem();
		setErrorMessage(problem.orElse(null));
		setPageComplete(problem.isEmpty());
	}

	private Optional<String> problem() {
		if (name.getText().isBlank()) {
			return Optional.of("Enter a name for the corpus.");
		}
		if (folder.getText().isBlank()) {
			return Optional.of("Choose a folder for the corpus.");
		}
		Path path = Path.of(folder.getText().strip());
		if (!path.isAbsolute()) {
			return Optional.of("The folder must be an absolute path.");
		}
		if (Files.exists(path) && !Files.isDirectory(path)) {
			return Optional.of("That is a file, not a folder.");
		}
		if (schemaFromFile.getSelection() && !Files.isRegularFile(Path.of(schemaFile.getText().strip()))) {
			return Optional.of("Choose an existing schema file.");
		}
		return Optional.empty();
	}

	/** Fills the page as a user would (for tests). */
	public void fill(String corpusName, Path corpusFolder, Optional<Path> schema) {
		name.setText(corpusName);
		folder.setText(corpusFolder.toString());
		schemaFromFile.setSelection(schema.isPresent());
		defaultSchema.setSelection(schema.isEmpty());
		schema.ifPresent(s -> schemaFile.setText(s.toString()));
		validate();
	}

	String corpusName() {
		return name.getText().strip();
	}

	Path folder() {
		return Path.of(folder.getText().strip());
	}

	Optional<Path> schemaFile() {
		return schemaFromFile.getSelection() ? Optional.of(Path.of(schemaFile.getText().strip())) : Optional.empty();
	}
}

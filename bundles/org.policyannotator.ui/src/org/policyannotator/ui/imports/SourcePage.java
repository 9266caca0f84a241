package org.policyannotator.ui.imports;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * First page: the files and folders to import (picked with the file and folder dialogs, which open where the last
 * pick was, or typed or pasted as a path), the kinds of files, the encoding and the target corpus.
 */
final class SourcePage extends WizardPage {
	/** Where the last file or folder was picked: the dialogs open there (not on GTK's "Recent", where a typed path cannot be chosen). */
	private static Path lastFolder = Path.of(System.getProperty("user.home", "/"));
	private static final String[] ENCODINGS = { "Detect automatically", "UTF-8", "UTF-16", "windows-1252", "ISO-8859-1",
			"GB18030", "Big5", "EUC-KR", "Shift_JIS" };
	private final ImportRequest request;
	private org.eclipse.swt.widgets.List sourceList;
	private Combo corpusCombo;
	private List<Path> corpora;

	SourcePage(ImportRequest request) {
		super("org.policyannotator.ui.wizard.importArticles.source");
		this.request = request;
		setTitle("Import Articles");
		setDescription("Choose saved web pages, PDF papers, text or Markdown files, or whole folders, and the corpus to add them to.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("&Files and folders:");
		sourceList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		sourceList.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 3));
		// the list spans three rows of the middle column: each later row starts with an empty cell under the label
		button(page, "Add F&iles...", this::addFiles);
		new Label(page, SWT.NONE);
		button(page, "Add F&older...", this::addFolder);
		new Label(page, SWT.NONE);
		button(page, "&Remove", this::removeSelected);
		new Label(page, SWT.NONE);
		Label folders = new Label(page, SWT.NONE);
		folders.setText("Folders are read with all their sub-folders.");
		folders.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		new Label(page, SWT.NONE).setText("&Path:");
		Text typed = new Text(page, SWT.BORDER | SWT.SINGLE);
		typed.setMessage("or type or paste the path of a file or folder and press Enter");
		typed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		typed.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false; // Enter adds the path instead of finishing the wizard
				addTyped(typed);
			}
		});
		button(page, "A&dd", () -> addTyped(typed));

		new Label(page, SWT.NONE).setText("File types:");
		Composite kinds = new Composite(page, SWT.NONE);
		kinds.setLayout(new GridLayout(ImportRequest.Kind.values().length, false));
		kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (ImportRequest.Kind kind : ImportRequest.Kind.values()) {
			Button check = new Button(kinds, SWT.CHECK);
			check.setText(kind.label);
			check.setSelection(request.kinds.contains(kind));
			check.addListener(SWT.Selection, e -> {
				if (check.getSelection()) {
					request.kinds.add(kind);
				} else {
					request.kinds.remove(kind);
				}
				validate();
			});
		}

		new Label(page, SWT.NONE).setText("&Encoding:");
		Combo encoding = new Combo(page, SWT.DROP_DOWN);
		encoding.setItems(ENCODINGS);
		encoding.select(0);
		encoding.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		encoding.addListener(SWT.Modify, e -> {
			request.encoding = encoding.getSelectionIndex() == 0 || encoding.getText().isBlank() ? Optional.empty()
					: charset(encoding.getText());
			validate();
		});

		new Label(page, SWT.NONE).setText("Into &corpus:");
		corpusCombo = new Combo(page, SWT.READ_ONLY);
		corpusCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		corpora = CorpusRegistry.getDefault().folders();
		for (Path folder : corpora) {
			corpusCombo.add(corpusName(folder));
		}
		int preselected = request.corpus.map(corpora::indexOf).orElse(corpora.isEmpty() ? -1 : 0);
		if (preselected >= 0) {
			corpusCombo.select(preselected);
		}
		corpusCombo.addListener(SWT.Selection, e -> validate());

		Button duplicates = new Button(page, SWT.CHECK);
		duplicates.setText("Import a text again when the corpus already &has it (otherwise it is skipped)");
		duplicates.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		duplicates.addListener(SWT.Selection, e -> request.keepDuplicates = duplicates.getSelection());

		request.sources.forEach(path -> sourceList.add(path.toString()));
		setControl(page);
		validate();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Add Files to Import");
		dialog.setFilterPath(lastFolder.toString());
		dialog.setFilterExtensions(new String[] { "*.html;*.htm;*.xhtml;*.shtml;*.txt;*.text;*.md;*.markdown;*.pdf", "*" });
		dialog.setFilterNames(new String[] { "Articles (HTML, PDF, text, Markdown)", "All files" });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				addSource(Path.of(dialog.getFilterPath(), name));
			}
			lastFolder = Path.of(dialog.getFilterPath());
		}
	}

	private void addFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Add a Folder to Import");
		dialog.setMessage("Choose a folder: its web pages, PDF papers, text and Markdown files are imported, also from sub-folders.");
		dialog.setFilterPath(lastFolder.toString());
		String folder = dialog.open();
		if (folder != null) {
			addSource(Path.of(folder));
			Path parent = Path.of(folder).getParent();
			lastFolder = parent == null ? Path.of(folder) : parent;
		}
	}

	/** Adds the file or folder whose path was typed or pasted (a leading {@code ~} is the home folder). */
	private void addTyped(Text typed) {
		String raw = typed.getText().strip();
		if (raw.length() > 1 && (raw.startsWith("\"") && raw.endsWith("\"") || raw.startsWith("'") && raw.endsWith("'"))) {
			raw = raw.substring(1, raw.length() - 1); // pasted with quotes from a file manager or a shell
		}
		if (raw.isEmpty()) {
			return;
		}
		if (raw.equals("~") || raw.startsWith("~/")) {
			raw = System.getProperty("user.home") + raw.substring(1);
		}
		Path path;
		try {
			path = Path.of(raw).toAbsolutePath().normalize();
		} catch (java.nio.file.InvalidPathException e) {
			setErrorMessage("Not a path: " + raw);
			return;
		}
		if (!Files.exists(path)) {
			setErrorMessage("Not found: " + path);
			return;
		}
		addSource(path);
		typed.setText("");
	}

	/** Adds a file or folder to import (also used when files are dropped on the navigator). */
	void addSource(Path path) {
		if (!request.sources.contains(path)) {
			request.sources.add(path);
			if (sourceList != null) {
				sourceList.add(path.toString());
			}
		}
		validate();
	}

	private void removeSelected() {
		for (int index : sourceList.getSelectionIndices()) {
			request.sources.remove(Path.of(sourceList.getItem(index)));
		}
		sourceList.remove(sourceList.getSelectionIndices());
		validate();
	}

	private void validate() {
		if (!isControlCreated(sourceList)) {
			return;
		}
		request.corpus = corpusCombo.getSelectionIndex() < 0 ? Optional.empty()
				: Optional.of(corpora.get(corpusCombo.getSelectionIndex()));
		String error = null;
		if (request.sources.isEmpty()) {
			error = "Add the files or folders to import.";
		} else if (request.sources.stream().anyMatch(p -> !Files.exists(p))) {
			error = "Not found: " + request.sources.stream().filter(p -> !Files.exists(p)).findFirst().get();
		} else if (request.kinds.isEmpty()) {
			error = "Choose at least one file type.";
		} else if (request.corpus.isEmpty()) {
			error = "Choose the corpus to import into (create one with File > New > Corpus).";
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private static boolean isControlCreated(Widget widget) {
		return widget != null && !widget.isDisposed();
	}

	private static String corpusName(Path folder) {
		try {
			return CorpusRegistry.getDefault().corpus(folder).name() + "  (" + folder + ")";
		} catch (Exception e) {
			return folder.toString();
		}
	}

	private Optional<Charset> charset(String name) {
		try {
			return Optional.of(Charset.forName(name.strip()));
		} catch (RuntimeException e) {
			setErrorMessage("Unknown encoding: " + name);
			return Optional.empty();
		}
	}
}

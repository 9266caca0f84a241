package org.policyannotator.ui.imports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.ArticleMetadata;
import org.policyannotator.importer.BatchImporter;
import org.policyannotator.importer.ImportException;
import org.policyannotator.importer.ImportResult;

/** Second page: the files that will be read; selecting one shows the text and metadata extracted from it. */
final class PreviewPage extends WizardPage {
	private static final int PREVIEW_CHARS = 20_000;
	private final ImportRequest request;
	private TableViewer files;
	private Label summary;
	private Text metadata;
	private Text text;

	PreviewPage(ImportRequest request) {
		super("org.policyannotator.ui.wizard.importArticles.preview");
		this.request = request;
		setTitle("Preview");
		setDescription("Check what will be extracted: select a file to see its text and metadata. Finish imports them all.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		files = new TableViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		files.setContentProvider(ArrayContentProvider.getInstance());
		files.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Path) element).getFileName().toString();
			}
		});
		files.addSelectionChangedListener(e -> show((Path) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		SashForm right = new SashForm(sash, SWT.VERTICAL);
		metadata = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
		text = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
		right.setWeights(1, 3);
		sash.setWeights(1, 2);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			refresh();
		}
	}

	private void refresh() {
		setErrorMessage(null); // the message of an earlier visit (an empty folder since filled) no longer holds
		try {
			List<Path> found = new BatchImporter(new ArticleImporter(request.options()), request.filter()).files(request.sources);
			files.setInput(found);
			summary.setText(found.size() + " file" + (found.size() == 1 ? "" : "s") + " will be read.");
			setPageComplete(!found.isEmpty());
			if (!found.isEmpty()) {
				files.getTable().select(0);
				show(found.get(0));
			} else {
				setErrorMessage("No file of the chosen types in the chosen folders.");
			}
		} catch (Exception e) {
			setErrorMessage("Could not list the files: " + e.getMessage());
			setPageComplete(false);
		}
		summary.getParent().layout();
	}

	private void show(Path file) {
		if (file == null) {
			return;
		}
		try {
			ImportResult result = new ArticleImporter(request.options()).importFile(file);
			ArticleMetadata m = result.metadata();
			metadata.setText(String.join("\n",
					"Title:      " + m.title().orElse("(none: the file name is used)"),
					"Byline:     " + m.byline().orElse("-"),
					"Published:  " + m.published().orElse("-"),
					"URL:        " + m.canonicalUrl().orElse("-"),
					"Site:       " + m.siteName().orElse("-"),
					"Language:   " + m.language().orElse("-"),
					"Extracted:  " + result.provenance().extractionRule() + ", " + result.text().length() + " characters, "
							+ result.provenance().charset() + " (" + result.provenance().charsetSource() + ")"));
			String body = result.text();
			text.setText(body.length() > PREVIEW_CHARS ? body.substring(0, PREVIEW_CHARS) + "\n[…]" : body);
		} catch (ImportException e) {
			metadata.setText("This file will not be imported:\n" + e.getMessage());
			text.setText("");
		}
	}
}

package org.policyannotator.ui.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Second page of the export: the documents, tag types and annotators to include (all by default, or the documents
 * selected in the navigator), whether to write the texts and whether to leave suggestions out.
 */
final class ExportContentsPage extends WizardPage {
	private final ExportRequest request;
	private CheckList documents;
	private CheckList types;
	private CheckList annotators;
	private Button includeText;
	private Button acceptedOnly;
	private Optional<Path> shown = Optional.empty();

	ExportContentsPage(ExportRequest request) {
		super("org.policyannotator.ui.wizard.exportDataset.contents");
		this.request = request;
		setTitle("What to Export");
		setDescription("Choose the documents, tag types and annotators to include. Everything is included by default.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		documents = new CheckList(page, "&Documents", 120, this::validate);
		Composite lower = new Composite(page, SWT.NONE);
		lower.setLayout(new GridLayout(2, true));
		lower.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		types = new CheckList(lower, "Tag &types", 80, this::validate);
		annotators = new CheckList(lower, "A&nnotators", 80, this::validate);
		includeText = new Button(page, SWT.CHECK);
		includeText.addListener(SWT.Selection, e -> request.includeText(includeText.getSelection()));
		acceptedOnly = new Button(page, SWT.CHECK);
		acceptedOnly.setText("Accepted annotations &only (leave suggestions out)");
		acceptedOnly.addListener(SWT.Selection, e -> request.acceptedOnly(acceptedOnly.getSelection()));
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			refresh();
		}
		super.setVisible(visible);
	}

	/** Complete while it shows another corpus than the first page's: that corpus is then exported whole. */
	@Override
	public boolean isPageComplete() {
		return !request.corpus().equals(shown) || super.isPageComplete();
	}

	/** Fills the lists from the chosen corpus (again when the corpus changed) and the text box from the format. */
	private void refresh() {
		boolean needsText = request.format().needsText();
		includeText.setEnabled(!needsText);
		includeText.setSelection(request.includeText());
		includeText.setText(needsText
				? "Include document te&xt (always: " + request.format().key() + " cannot do without it)"
				: "Include document te&xt (leave it out to share annotations without the articles; quotes stay)");
		acceptedOnly.setSelection(request.acceptedOnly());
		includeText.getParent().layout(true, true);
		if (request.corpus().equals(shown) || request.corpus().isEmpty()) {
			validate();
			return;
		}
		try {
			Corpus corpus = CorpusRegistry.getDefault().corpus(request.corpus().get());
			Map<String, String> docs = new LinkedHashMap<>();
			for (String id : corpus.documentIds()) {
				docs.put(id, id + "  " + corpus.loadDocument(id).title());
			}
			Map<String, String> tags = new LinkedHashMap<>();
			for (TagType type : corpus.schema().tagTypes()) {
				tags.put(type.id(), type.label() + "  (" + type.id() + ")");
			}
			Map<String, String> people = new LinkedHashMap<>();
			corpus.annotators().forEach(name -> people.put(name, name));
			documents.show(docs, request.documents());
			types.show(tags, request.types());
			annotators.show(people, request.annotators());
			shown = request.corpus();
			validate();
		} catch (IOException | RuntimeException e) {
			setErrorMessage("Could not read the corpus " + request.corpus().get() + ": " + e.getMessage());
			setPageComplete(false);
		}
	}

	private void validate() {
		request.documents(documents.allChecked() ? List.of() : documents.checked());
		request.types(types.allChecked() ? Set.of() : Set.copyOf(types.checked()));
		request.annotators(annotators.allChecked() ? Set.of() : Set.copyOf(annotators.checked()));
		String error = null;
		if (documents.checked().isEmpty()) {
			error = documents.size() == 0 ? "The corpus has no documents to export." : "Choose at least one document.";
		} else if (types.size() > 0 && types.checked().isEmpty()) {
			error = "Choose at least one tag type.";
		} else if (annotators.size() > 0 && annotators.checked().isEmpty()) {
			error = "Choose at least one annotator.";
		}
		setErrorMessage(error);
		setPageComplete(error == null);
		if (error == null && annotators.size() == 0) {
			setMessage("Nobody has annotated this corpus yet: the export holds the documents only.", WARNING);
		} else {
			setMessage(null);
		}
	}
}

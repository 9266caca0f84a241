package org.policyannotator.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentFilter;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.search.Hit;
import org.policyannotator.search.HitTable;
import org.policyannotator.search.QueryException;
import org.policyannotator.search.SearchScope;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusCombo;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.widgets.Counts;

/**
 * Corpus search (Ctrl+H): text and annotation criteria, hits as keyword in context streaming into a table while the
 * search runs, Cancel, double-click to open the document at the hit, tag checked or all hits, export as CSV.
 */
public final class SearchView extends ViewPart {
	public static final String ID = "org.policyannotator.ui.view.search";
	static final String[] SCOPES = { "Whole corpus", "Documents selected in the navigator", "Open document" };

	private final IUndoContext undoContext = new ObjectUndoContext(this, "Search");
	private QueryForm form;
	private CorpusCombo corpus;
	private Combo scope;
	private Text where;
	private Button searchButton;
	private Button cancelButton;
	private Label summary;
	private ResultsTable results;
	private Combo tagType;
	private Optional<SearchRun> run = Optional.empty();
	private Path resultsCorpus;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout tight = new GridLayout(1, false);
		tight.marginHeight = 2;
		tight.verticalSpacing = 2;
		parent.setLayout(tight);
		form = new QueryForm(parent);
		searchButton = button(form.buttons, "Search", e -> search());
		cancelButton = button(form.buttons, "Cancel", e -> cancel());
		cancelButton.setEnabled(false);
		corpus = new CorpusCombo(Rows.labelled(form.criteria, "Corpus:"), Optional.empty());
		corpus.control().addListener(SWT.Selection, e -> schemaChanged());
		Rows.width(corpus.control(), 280);
		scope = new Combo(Rows.labelled(form.criteria, "Scope:"), SWT.READ_ONLY);
		scope.setItems(SCOPES);
		scope.select(0);
		where = new Text(Rows.labelled(form.criteria, "Documents where:"), SWT.BORDER);
		where.setMessage("country=KR,type=speech|briefing");
		where.setToolTipText("Only documents whose variables match: name=value, name=a|b, name!=value, name or !name, "
				+ "separated by commas (all must hold)");
		Rows.width(where, 220);
		where.addListener(SWT.DefaultSelection, e -> search());
		results = new ResultsTable(parent);
		results.viewer().addDoubleClickListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Hit hit) {
				open(hit);
			}
		});
		Composite actions = Rows.wrapping(parent);
		tagType = new Combo(Rows.labelled(actions, "Tag as:"), SWT.READ_ONLY);
		button(actions, "Tag Checked", e -> tag(results.checked()));
		button(actions, "Tag All", e -> tag(results.all()));
		button(actions, "Export CSV...", e -> exportCsv());
		summary = new Label(actions, SWT.NONE);
		summary.setText("Type what to find and press Enter. Ctrl+Z here undoes tagging of documents no editor has open.");
		form.find.addListener(SWT.DefaultSelection, e -> search());
		schemaChanged();
		new UndoRedoActionGroup(getSite(), undoContext, true).fillActionBars(getViewSite().getActionBars());
	}

	private static Button button(Composite parent, String text, org.eclipse.swt.widgets.Listener listener) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, listener);
		return button;
	}

	private void schemaChanged() {
		Optional<Corpus> chosen = chosenCorpus();
		form.setSchema(chosen.map(Corpus::schema));
		tagType.removeAll();
		chosen.ifPresent(c -> c.schema().tagTypes().forEach(t -> tagType.add(t.label())));
		if (tagType.getItemCount() > 0) {
			tagType.select(0);
		}
		tagType.getParent().getParent().layout(true, true);
	}

	private Optional<Corpus> chosenCorpus() {
		return corpus.selection().flatMap(SearchView::open);
	}

	private static Optional<Corpus> open(Path folder) {
		try {
			return Optional.of(CorpusRegistry.getDefault().corpus(folder));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Starts a search with what the fields say (stopping one that runs); problems are shown at the fields. */
	public void search() {
		run.ifPresent(SearchRun::supersede);
		run = Optional.empty();
		form.showProblem("");
		try {
			Target target = target();
			var query = form.query();
			DocumentFilter filter = filter();
			results.clear();
			resultsCorpus = target.folder();
			searchButton.setEnabled(false);
			cancelButton.setEnabled(true);
			summary.setText("Searching...");
			SearchRun started = new SearchRun(target.corpus(), query, target.scope(), filter, results, this::finished);
			run = Optional.of(started);
			started.start(getSite().getShell().getDisplay());
		} catch (QueryException e) {
			form.showProblem(e.getMessage());
		}
	}

	private record Target(Path folder, Corpus corpus, SearchScope scope) {
	}

	private DocumentFilter filter() throws QueryException {
		try {
			return DocumentFilter.parse(where.getText());
		} catch (IllegalArgumentException e) {
			throw new QueryException("Documents where: " + e.getMessage());
		}
	}

	private Target target() throws QueryException {
		int chosen = scope.getSelectionIndex();
		if (chosen == 2) {
			IEditorPart editor = getSite().getPage().getActiveEditor();
			if (editor instanceof AnnotationEditor && editor.getEditorInput() instanceof DocumentEditorInput input) {
				return target(input.corpusFolder(), SearchScope.documents(List.of(input.documentId())));
			}
			throw new QueryException("No document is open: open one, or choose another scope.");
		}
		if (chosen == 1) {
			List<DocumentNode> documents = selectedDocuments();
			if (documents.isEmpty()) {
				throw new QueryException("Select documents in the Corpus Navigator first, or choose another scope.");
			}
			if (documents.stream().map(DocumentNode::corpusFolder).distinct().count() > 1) {
				throw new QueryException("The selected documents belong to different corpora: select one corpus's.");
			}
			return target(documents.get(0).corpusFolder(),
					SearchScope.documents(documents.stream().map(DocumentNode::documentId).toList()));
		}
		Path folder = corpus.selection()
				.orElseThrow(() -> new QueryException("There is no corpus to search: add or create one first."));
		return target(folder, SearchScope.WHOLE_CORPUS);
	}

	private static Target target(Path folder, SearchScope scope) throws QueryException {
		return new Target(folder, open(folder).orElseThrow(() -> new QueryException("Cannot open the corpus " + folder)),
				scope);
	}

	private List<DocumentNode> selectedDocuments() {
		if (getSite().getWorkbenchWindow().getSelectionService()
				.getSelection(ViewIds.CORPUS_NAVIGATOR) instanceof IStructuredSelection selection) {
			return selection.stream().filter(DocumentNode.class::isInstance).map(DocumentNode.class::cast).toList();
		}
		return List.of();
	}

	private void finished(String outcome) {
		if (summary.isDisposed()) {
			return;
		}
		searchButton.setEnabled(true);
		cancelButton.setEnabled(false);
		summary.setText(outcome);
		summary.getParent().getParent().layout(true, true);
		run = Optional.empty();
	}

	/** Stops the running search; the hits found so far stay. */
	public void cancel() {
		run.ifPresent(SearchRun::cancel);
	}

	/** Whether a search is running. */
	public boolean isSearching() {
		return run.isPresent();
	}

	/** Opens the hit's document with the hit selected. */
	void open(Hit hit) {
		try {
			IEditorPart editor = getSite().getPage().openEditor(
					new DocumentEditorInput(resultsCorpus, hit.documentId(), hit.title()), ViewIds.ANNOTATION_EDITOR);
			if (editor instanceof AnnotationEditor annotationEditor) {
				annotationEditor.selectAndReveal(hit.start(), hit.end() - hit.start());
			}
		} catch (PartInitException e) {
			summary.setText("Cannot open " + hit.title() + ": " + e.getMessage());
		}
	}

	/** Tags hits as the type chosen in "Tag as", one undoable operation per document. */
	void tag(List<Hit> hits) {
		if (hits.isEmpty()) {
			summary.setText(results.size() == 0 ? "Nothing to tag: search first." : "Check the rows to tag first.");
			return;
		}
		Optional<Corpus> target = open(resultsCorpus);
		if (target.isEmpty() || tagType.getSelectionIndex() < 0) {
			return;
		}
		TagType type = target.get().schema().tagTypes().get(tagType.getSelectionIndex());
		try {
			HitTagging.Result result = HitTagging.tag(getSite().getPage(), resultsCorpus, target.get(), hits, type,
					AnnotatorIdentity.current(), undoContext);
			CorpusRegistry.getDefault().refresh();
			summary.setText("Tagged " + Counts.of(result.added(), "hit") + " as " + type.label() + " in "
					+ Counts.of(result.documents(), "document") + " for " + AnnotatorIdentity.current()
					+ (result.skipped() > 0 ? "; " + result.skipped() + " were already tagged so" : ""));
		} catch (ExecutionException | CorpusException e) {
			summary.setText("Tagging stopped: " + e.getMessage());
		}
		summary.getParent().getParent().layout(true, true);
	}

	private void exportCsv() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("search-results.csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportCsv(Path.of(file));
		}
	}

	/** Writes the hits, in the table's order, as CSV. */
	void exportCsv(Path file) {
		try {
			HitTable.writeCsv(file, results.all());
			summary.setText("Exported " + Counts.of(results.size(), "hit") + " to " + file);
		} catch (IOException e) {
			summary.setText(e.getMessage());
		}
		summary.getParent().getParent().layout(true, true);
	}

	QueryForm form() {
		return form;
	}

	ResultsTable results() {
		return results;
	}

	Combo scope() {
		return scope;
	}

	Text where() {
		return where;
	}

	Combo tagType() {
		return tagType;
	}

	String summary() {
		return summary.getText();
	}

	IUndoContext undoContext() {
		return undoContext;
	}

	@Override
	public void setFocus() {
		form.find.setFocus();
	}

	@Override
	public void dispose() {
		cancel();
		super.dispose();
	}
}

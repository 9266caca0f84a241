package org.policyannotator.ui.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.analysis.codes.CodeMatrix;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusCombo;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * The code x document table of a corpus: how many annotations each code (with its subcodes) has per document or
 * per value of a document variable, shaded like a heat map; double-click a document's cell to open it; export as
 * CSV. Counted in a background job.
 */
public final class CodeMatrixView extends ViewPart {
	/** The view's id. */
	public static final String ID = "org.policyannotator.ui.view.codeMatrix";
	private static final String ALL = "All annotators";

	private CorpusCombo corpus;
	private Combo by;
	private Combo annotator;
	private Label summary;
	private TableViewer viewer;
	private LocalResourceManager resources;
	private CodeMatrix matrix;
	private int max;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayout rows = new GridLayout(7, false);
		rows.marginWidth = 0;
		rows.marginHeight = 0;
		bar.setLayout(rows);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText("&Corpus:");
		corpus = new CorpusCombo(bar, Optional.empty());
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1);
		wide.widthHint = 200;
		corpus.control().setLayoutData(wide);
		corpus.control().addListener(SWT.Selection, e -> corpusChanged());
		new Label(bar, SWT.NONE).setText("&By:");
		by = new Combo(bar, SWT.READ_ONLY);
		new Label(bar, SWT.NONE).setText("A&nnotator:");
		annotator = new Combo(bar, SWT.READ_ONLY);
		Button count = new Button(bar, SWT.PUSH);
		count.setText("Co&unt");
		count.addListener(SWT.Selection, e -> count());
		Button export = new Button(bar, SWT.PUSH);
		export.setText("&Export CSV...");
		export.addListener(SWT.Selection, e -> exportCsv());
		new Label(bar, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText("Choose a corpus and press Count: codes down, documents or variable values across.");
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().addListener(SWT.MouseDoubleClick, e -> open(viewer.getCell(new Point(e.x, e.y))));
		by.addListener(SWT.Selection, e -> count());
		annotator.addListener(SWT.Selection, e -> count());
		corpusChanged();
	}

	/** Offers the corpus's variables and annotators, read in the background (10,000 document files). */
	private void corpusChanged() {
		by.removeAll();
		annotator.removeAll();
		by.add(CodeMatrix.BY_DOCUMENT);
		annotator.add(ALL);
		by.select(0);
		annotator.select(0);
		Optional<Path> folder = corpus.selection();
		if (folder.isEmpty()) {
			return;
		}
		Job job = Job.create("Reading the variables of " + folder.get().getFileName(), monitor -> {
			try {
				Corpus c = CorpusRegistry.getDefault().corpus(folder.get());
				TreeSet<String> names = new TreeSet<>();
				for (String id : c.documentIds()) {
					names.addAll(c.documentVariables(id).keySet());
				}
				List<String> annotators = c.annotators();
				by.getDisplay().asyncExec(() -> {
					if (!by.isDisposed() && folder.equals(corpus.selection())) {
						offer(by, CodeMatrix.BY_DOCUMENT, names);
						offer(annotator, ALL, annotators);
						by.getParent().layout();
					}
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				by.getDisplay().asyncExec(() -> summary.setText(e.getMessage()));
				return Status.error(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Sets a combo's items to {@code first} and {@code rest}, keeping the chosen item where it is still offered. */
	private static void offer(Combo combo, String first, java.util.Collection<String> rest) {
		String chosen = combo.getText();
		combo.removeAll();
		combo.add(first);
		rest.forEach(combo::add);
		int index = combo.indexOf(chosen);
		combo.select(Math.max(0, index));
	}

	/** Counts in the background and shows the table. */
	public void count() {
		Optional<Path> folder = corpus.selection();
		if (folder.isEmpty()) {
			summary.setText("Choose a corpus first.");
			return;
		}
		String column = by.getText();
		String who = annotator.getText();
		summary.setText("Counting...");
		Job job = Job.create("Counting codes in " + folder.get().getFileName(), monitor -> {
			try {
				Corpus c = CorpusRegistry.getDefault().corpus(folder.get());
				CodeMatrix result = CodeMatrix.of(c, List.of(), who.equals(ALL) || who.isEmpty() ? List.of() : List.of(who),
						column.equals(CodeMatrix.BY_DOCUMENT) ? Optional.empty() : Optional.of(column));
				viewer.getControl().getDisplay().asyncExec(() -> show(result));
				return Status.OK_STATUS;
			} catch (Exception e) {
				viewer.getControl().getDisplay().asyncExec(() -> summary.setText("Cannot count: " + e.getMessage()));
				return Status.error(e.getMessage(), e);
			}
		});
		job.setUser(false);
		job.schedule();
	}

	/** Shows a counted table (UI thread). */
	void show(CodeMatrix result) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		matrix = result;
		max = result.max();
		viewer.getTable().setRedraw(false);
		try {
			for (TableColumn column : viewer.getTable().getColumns()) {
				column.dispose();
			}
			column("Code", 220, SWT.LEFT, entry -> "  ".repeat(entry.getValue() - 1) + entry.getKey().numberedLabel(),
					null);
			for (String key : result.columns()) {
				column(key, 90, SWT.RIGHT, entry -> cell(result.total(entry.getKey().id(), key)), key);
			}
			column("Total", 70, SWT.RIGHT, entry -> Integer.toString(rowTotal(result, entry.getKey())), null);
			column("", 1, SWT.LEFT, entry -> "", null); // GTK widens the last column to the edge: this one, not Total
			viewer.setInput(result.codes().toArray());
		} finally {
			viewer.getTable().setRedraw(true);
		}
		summary.setText(result.codes().size() + " codes x " + result.columns().size() + " " + result.by()
				+ (result.by().equals(CodeMatrix.BY_DOCUMENT) ? "s" : " values") + "; " + result.sets()
				+ " annotation sets; a cell counts the code and its subcodes"
				+ (result.by().equals(CodeMatrix.BY_DOCUMENT) ? "; double-click a cell to see its passages in the document" : ""));
	}

	private static int rowTotal(CodeMatrix result, TagType type) {
		return result.columns().stream().mapToInt(c -> result.total(type.id(), c)).sum();
	}

	private static String cell(int n) {
		return n == 0 ? "" : Integer.toString(n);
	}

	@SuppressWarnings("unchecked")
	private void column(String title, int width, int alignment,
			java.util.function.Function<Map.Entry<TagType, Integer>, String> text, String key) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setToolTipText(title);
		column.getColumn().setData(key);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Map.Entry<TagType, Integer>) element);
			}

			@Override
			public Color getBackground(Object element) {
				if (key == null || max == 0) {
					return null;
				}
				int n = result(element, key);
				return n == 0 ? null : shade((double) n / max);
			}
		});
	}

	@SuppressWarnings("unchecked")
	private int result(Object element, String key) {
		return matrix.total(((Map.Entry<TagType, Integer>) element).getKey().id(), key);
	}

	/** White to a deep blue as the count nears the largest cell. */
	private Color shade(double share) {
		int fade = (int) Math.round(255 - share * 160);
		return resources.create(ColorDescriptor.createFrom(new RGB(fade, Math.min(255, fade + 20), 255)));
	}

	/**
	 * Drills down from a document's cell to its coded passages (the Outline lists them all, Ctrl+. goes to the next
	 * annotation).
	 */
	@SuppressWarnings("unchecked")
	private void open(ViewerCell cell) {
		if (cell == null || matrix == null || !matrix.by().equals(CodeMatrix.BY_DOCUMENT)
				|| !(viewer.getTable().getColumn(cell.getColumnIndex()).getData() instanceof String document)) {
			return;
		}
		showPassages(((Map.Entry<TagType, Integer>) cell.getElement()).getKey(), document);
	}

	/**
	 * Opens a document of the counted corpus with the first of your passages of {@code code} (or its subcodes)
	 * selected, and says how many there are.
	 */
	public void showPassages(TagType code, String document) {
		try {
			Path folder = corpus.selection().orElseThrow();
			Corpus c = CorpusRegistry.getDefault().corpus(folder);
			String title = c.documentTitle(document);
			var part = getSite().getPage().openEditor(new DocumentEditorInput(folder, document, title),
					ViewIds.ANNOTATION_EDITOR);
			if (!(part instanceof AnnotationEditor editor) || editor.session().isEmpty()) {
				return;
			}
			CodeTree tree = c.schema().tree();
			List<Annotation> passages = editor.session().get().set().annotations().stream()
					.filter(a -> tree.isAncestorOrSelf(code.id(), a.type()))
					.sorted(java.util.Comparator.comparingInt(Annotation::start)).toList();
			if (passages.isEmpty()) {
				summary.setText(title + ": none of your annotations has " + code.numberedLabel() + " or a subcode; "
						+ matrix.total(code.id(), document) + " of other annotators do (Show Other Annotators in the "
						+ "editor's context menu draws them)");
			} else {
				editor.select(passages.get(0).id());
				summary.setText(title + ": " + passages.size() + " of your passages coded " + code.numberedLabel()
						+ (tree.children(code.id()).isEmpty() ? "" : " or a subcode") + ", the first selected");
			}
		} catch (PartInitException | java.io.IOException | RuntimeException e) {
			summary.setText("Cannot open " + document + ": " + e.getMessage());
		}
	}

	private void exportCsv() {
		if (matrix == null) {
			summary.setText("Count first, then export.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("codes-by-" + matrix.by() + ".csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			Path out = Path.of(chosen);
			org.policyannotator.model.internal.io.AtomicFiles.write(out, matrix.csv().getBytes(StandardCharsets.UTF_8));
			summary.setText("Wrote " + out);
		} catch (Exception e) {
			summary.setText("Cannot write " + chosen + ": " + e.getMessage());
		}
	}

	/** The table (for tests). */
	public TableViewer viewer() {
		return viewer;
	}

	/** The corpus chooser (for tests). */
	public CorpusCombo corpusCombo() {
		return corpus;
	}

	/** The "By" chooser: document, or a variable's name (for tests). */
	public Combo byCombo() {
		return by;
	}

	/** The counted table, once counted. */
	public Optional<CodeMatrix> matrix() {
		return Optional.ofNullable(matrix);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}

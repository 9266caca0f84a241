package org.policyannotator.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.DocumentEditorInput;

/** The annotations of the document in the active editor, every annotator's, one row each. */
public final class AnnotationsView extends ViewPart {
	private TableViewer viewer;
	private ActiveDocumentTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Type", 120, Annotation::type);
		column("Text", 420, a -> a.spans().stream().map(Span::quote).collect(Collectors.joining(" … ")));
		column("Start", 60, a -> Integer.toString(a.start()));
		column("Annotator", 110, Annotation::annotator);
		column("Status", 90, a -> a.status().toString().toLowerCase());
		getSite().setSelectionProvider(viewer);
		tracker = new ActiveDocumentTracker(getSite().getPage(), this::show);
	}

	private void column(String title, int width, Function<Annotation, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Annotation) element);
			}
		});
	}

	private void show(Optional<DocumentEditorInput> input) {
		if (input.isEmpty()) {
			viewer.setInput(new Object[0]);
			setContentDescription("Open a document to see its annotations.");
			return;
		}
		try {
			List<Annotation> annotations = annotationsOf(input.get());
			viewer.setInput(annotations.toArray());
			setContentDescription(annotations.size() + " annotations in " + input.get().getName());
		} catch (Exception e) {
			viewer.setInput(new Object[0]);
			setContentDescription("Could not read the annotations: " + e.getMessage());
		}
	}

	private static List<Annotation> annotationsOf(DocumentEditorInput input) throws Exception {
		Corpus corpus = CorpusRegistry.getDefault().corpus(input.corpusFolder());
		List<Annotation> annotations = new ArrayList<>();
		for (String annotator : corpus.annotators()) {
			annotations.addAll(corpus.loadSet(annotator, input.documentId()).annotations());
		}
		return annotations;
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		super.dispose();
	}
}

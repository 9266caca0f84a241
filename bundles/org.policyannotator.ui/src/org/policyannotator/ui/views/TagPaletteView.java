package org.policyannotator.ui.views;

import java.util.Optional;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.widgets.ToolTips;

/** The tag palette: the tag types of the current corpus's schema with their colours, keys and guidelines. */
public final class TagPaletteView extends ViewPart {
	private TableViewer viewer;
	private LocalResourceManager resources;
	private ActiveDocumentTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Key", 40, org.policyannotator.ui.preferences.TagAppearance::key, null);
		column("Tag", 160, TagType::label, this::colour);
		viewer.getTable().setToolTipText("");
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(event -> {
			if (((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement() instanceof TagType type) {
				apply(type);
			}
		});
		tracker = new ActiveDocumentTracker(getSite().getPage(), this::show);
		if (viewer.getInput() == null) {
			show(Optional.empty());
		}
	}

	private void column(String title, int width, java.util.function.Function<TagType, String> text,
			java.util.function.Function<TagType, Color> background) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TagType) element);
			}

			@Override
			public Color getBackground(Object element) {
				return background == null ? null : background.apply((TagType) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ToolTips.wrap(((TagType) element).description());
			}
		});
	}

	private Color colour(TagType type) {
		int rgb = org.policyannotator.ui.preferences.TagAppearance.rgb(type);
		return resources.create(ColorDescriptor.createFrom(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)));
	}

	private void show(Optional<DocumentEditorInput> input) {
		Schema schema = input.flatMap(TagPaletteView::schemaOf).orElseGet(Schema::defaultSchema);
		viewer.setInput(schema.tagTypes().toArray());
		setContentDescription(schema.name());
	}

	private static Optional<Schema> schemaOf(DocumentEditorInput input) {
		try {
			return Optional.of(CorpusRegistry.getDefault().corpus(input.corpusFolder()).schema());
		} catch (Exception e) {
			return Optional.empty();
		}
	}

	/**
	 * Tags the text selected in the active annotation editor with {@code type} (or, with nothing selected there,
	 * retypes the annotation under its caret), then gives the editor back the focus.
	 */
	public void apply(TagType type) {
		if (!(getSite().getPage().getActiveEditor() instanceof org.policyannotator.ui.editor.AnnotationEditor editor)) {
			getViewSite().getActionBars().getStatusLineManager().setMessage("Open a document to tag it.");
			return;
		}
		try {
			boolean nothingSelected = ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection())
					.getLength() == 0;
			Optional<?> done = nothingSelected ? editor.retypeSelected(type.id()) : editor.tagSelection(type.id());
			if (done.isEmpty()) {
				getViewSite().getActionBars().getStatusLineManager()
						.setMessage("Select text in the editor, then double-click a tag type.");
			}
			getSite().getPage().activate(editor);
		} catch (org.eclipse.core.commands.ExecutionException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Tag", e.getMessage());
		}
	}

	/** The tag types shown, in order. */
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

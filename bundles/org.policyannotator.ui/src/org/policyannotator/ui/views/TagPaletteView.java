package org.policyannotator.ui.views;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.preferences.RecentCodes;
import org.policyannotator.ui.preferences.TagAppearance;
import org.policyannotator.ui.widgets.ToolTips;

/**
 * The tag palette: the codebook of the current corpus as a tree (numbers, colours, keys, guidelines as tool tips)
 * with a filter box that finds a code among hundreds as the user types, and the codes used last on top. Enter in
 * the filter box tags with the first match; Down moves into the tree; double-click or Enter in the tree tags.
 */
public final class TagPaletteView extends ViewPart {
	/** Up to how many codes a codebook is shown open. */
	private static final int EXPAND_CODEBOOK = 60;
	/** Up to how many codes shown while filtering (matches and their ancestors) the tree opens them all. */
	private static final int EXPAND_MATCHES = 150;
	private Text filter;
	private TreeViewer viewer;
	private LocalResourceManager resources;
	private ActiveDocumentTracker tracker;
	private PaletteModel model = new PaletteModel(Schema.defaultSchema(), List.of());
	private final Runnable recentChanged = this::recentChanged;
	/** The corpus whose codes are shown, if any. */
	private Optional<java.nio.file.Path> folder = Optional.empty();
	private Optional<DocumentEditorInput> shown = Optional.empty();
	/** A changed codebook (or corpus) is shown again. */
	private final Runnable corporaChanged = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			show(shown);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		parent.setLayout(layout);
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter codes (name, id or number)");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addListener(SWT.Modify, e -> applyFilter());
		filter.addListener(SWT.DefaultSelection, e -> firstMatch().ifPresent(this::apply));
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				firstMatch().ifPresent(t -> viewer.setSelection(new StructuredSelection(t), true));
				viewer.getControl().setFocus();
				e.doit = false;
			}
		});
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Content());
		column("Code", 200, this::label, this::colour);
		column("Key", 40, element -> PaletteModel.typeOf(element).map(TagAppearance::key).orElse(""), e -> null);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			PaletteModel.typeOf(first).ifPresent(this::apply);
		});
		org.policyannotator.ui.codes.PaletteMenu.install(getViewSite(), viewer, () -> folder, PaletteModel::typeOf);
		RecentCodes.addListener(recentChanged);
		org.policyannotator.ui.corpus.CorpusRegistry.getDefault().addListener(corporaChanged);
		tracker = new ActiveDocumentTracker(getSite().getPage(), this::show);
		if (viewer.getInput() == null) {
			show(Optional.empty());
		}
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return model.roots();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return model.children(parent);
		}

		@Override
		public Object getParent(Object element) {
			return model.parent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			return model.hasChildren(element);
		}
	}

	private String label(Object element) {
		if (element instanceof PaletteModel.RecentGroup) {
			return "Recently used";
		}
		return PaletteModel.typeOf(element).map(TagType::numberedLabel).orElse("");
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text,
			java.util.function.Function<Object, Color> background) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getBackground(Object element) {
				return background.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return PaletteModel.typeOf(element).map(t -> ToolTips.wrap(t.description())).orElse(null);
			}
		});
	}

	private Color colour(Object element) {
		return PaletteModel.typeOf(element).map(type -> {
			int rgb = TagAppearance.rgb(type);
			return resources.create(ColorDescriptor.createFrom(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)));
		}).orElse(null);
	}

	private void show(Optional<DocumentEditorInput> input) {
		Schema schema = input.flatMap(TagPaletteView::schemaOf).orElseGet(Schema::defaultSchema);
		folder = input.filter(i -> schemaOf(i).isPresent()).map(DocumentEditorInput::corpusFolder);
		shown = input;
		model = new PaletteModel(schema, RecentCodes.ids());
		model.filter(filter.getText());
		viewer.setInput(schema);
		viewer.refresh();
		expand();
		setContentDescription(schema.name());
	}

	/**
	 * A code was used: only the group of recent codes is shown again (rebuilding the tree of a large codebook at each
	 * tag took most of a second); the whole top level only when the group appears or goes.
	 */
	private void recentChanged() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		boolean shown = model.recentGroup().codes().size() > 0;
		if (!model.recent(RecentCodes.ids()) || model.filtering()) {
			return;
		}
		boolean stays = !model.recentGroup().codes().isEmpty();
		if (shown && stays) {
			viewer.refresh(model.recentGroup(), false);
		} else {
			viewer.refresh(false);
			if (stays) {
				viewer.setExpandedState(model.recentGroup(), true);
			}
		}
	}

	/**
	 * Narrows the tree to the codes that match the filter and selects the first. Only a change of the codes shown
	 * changes the tree, and then without asking the labels of the codes that stay again.
	 */
	private void applyFilter() {
		model.filter(filter.getText());
		if (model.shownChanged()) {
			viewer.getTree().setRedraw(false);
			try {
				viewer.refresh(false);
				expand();
			} finally {
				viewer.getTree().setRedraw(true);
			}
		}
		firstMatch().ifPresent(t -> viewer.setSelection(new StructuredSelection(t), true));
	}

	/**
	 * Everything open for a small codebook, or while filtering when the matches with their ancestors are few enough to
	 * take in; else the top level only (and the recent codes), the first match opened in its place (a filter of one or
	 * two letters matches most of a large codebook: opening hundreds of codes would slow typing and show nothing
	 * useful).
	 */
	private void expand() {
		if (model.filtering() ? model.shownCount() <= EXPAND_MATCHES : model.shownCount() <= EXPAND_CODEBOOK) {
			viewer.expandAll();
		} else {
			viewer.collapseAll();
			viewer.expandToLevel(1);
			if (!model.filtering() && !model.recentGroup().codes().isEmpty()) {
				viewer.setExpandedState(model.recentGroup(), true);
			}
		}
	}

	private Optional<TagType> firstMatch() {
		return model.filtering() ? model.matches().stream().findFirst() : Optional.empty();
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
	 * retypes the annotation under its caret; in sentence mode codes the selected sentence and moves to the next), then
	 * gives the editor back the focus.
	 */
	public void apply(TagType type) {
		if (!(getSite().getPage().getActiveEditor() instanceof org.policyannotator.ui.editor.AnnotationEditor editor)) {
			getViewSite().getActionBars().getStatusLineManager().setMessage("Open a document to tag it.");
			return;
		}
		try {
			Optional<?> done = editor.code(type.id());
			if (done.isEmpty()) {
				getViewSite().getActionBars().getStatusLineManager()
						.setMessage("Select text in the editor, then double-click a tag type.");
			}
			getSite().getPage().activate(editor);
		} catch (org.eclipse.core.commands.ExecutionException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Tag", e.getMessage());
		}
	}

	/** The codes shown, as a tree. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The filter box. */
	public Text filter() {
		return filter;
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	@Override
	public void dispose() {
		RecentCodes.removeListener(recentChanged);
		org.policyannotator.ui.corpus.CorpusRegistry.getDefault().removeListener(corporaChanged);
		tracker.dispose();
		super.dispose();
	}
}

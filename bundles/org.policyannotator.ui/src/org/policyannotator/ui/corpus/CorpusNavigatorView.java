package org.policyannotator.ui.corpus;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * The corpus navigator: the user's corpora and their documents with annotation counts per annotator (refreshed
 * after each save); double-click or Enter opens a document. Corpus commands come through the context menu.
 */
public final class CorpusNavigatorView extends ViewPart {
	/** The id of the navigator's context menu, where the corpus commands are contributed. */
	public static final String MENU_ID = "org.policyannotator.ui.view.corpusNavigator.menu";
	private TreeViewer viewer;
	private SaveWatcher saves;
	private org.eclipse.swt.widgets.Text where;
	private final NavigatorFilter filter = new NavigatorFilter();
	private final Runnable refresh = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					filter.changed();
					viewer.refresh();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
		where = new org.eclipse.swt.widgets.Text(root, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		where.setMessage("Documents where: country=KR, doc-code=economy");
		where.setToolTipText("Lists only the documents whose variables and document codes match: name=value,"
				+ " name=a|b, name!=value, name, !name; doc-code=<code> (a code with its subcodes). Enter applies it.");
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(where);
		viewer = new TreeViewer(root, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.addFilter(filter);
		where.addListener(SWT.DefaultSelection, e -> applyFilter());
		where.addListener(SWT.Modify, e -> {
			if (where.getText().isBlank()) {
				applyFilter();
			}
		});
		viewer.setContentProvider(new CorpusContentProvider());
		viewer.setLabelProvider(new CorpusLabelProvider());
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setAutoExpandLevel(2);
		viewer.setInput(CorpusRegistry.getDefault());
		viewer.addOpenListener(event -> openSelection((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
		CorpusRegistry.getDefault().addListener(refresh);
		MenuManager menu = new MenuManager("#PopupMenu", MENU_ID);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(MENU_ID, menu, viewer);
		saves = new SaveWatcher(getSite().getPage(), refresh);
		org.policyannotator.ui.imports.ArticleDropSupport.install(viewer);
		getSite().getService(org.eclipse.ui.contexts.IContextService.class)
				.activateContext("org.policyannotator.ui.context.corpusNavigator");
		var undoContext = org.eclipse.ui.PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId(),
				new org.eclipse.ui.operations.UndoActionHandler(getSite(), undoContext));
		getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REDO.getId(),
				new org.eclipse.ui.operations.RedoActionHandler(getSite(), undoContext));
	}

	/** Lists only the documents that match the "Documents where" text (all when it is empty). */
	private void applyFilter() {
		try {
			filter.set(where.getText());
			where.setBackground(null);
			where.setToolTipText(filter.active() ? "Only documents where " + where.getText().strip() : null);
		} catch (IllegalArgumentException e) {
			where.setBackground(where.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
			where.setToolTipText(e.getMessage());
			return;
		}
		viewer.refresh();
		viewer.expandToLevel(2);
	}

	/** Sets the "Documents where" filter as if typed and applied with Enter; returns what went wrong, if anything. */
	public java.util.Optional<String> filterDocuments(String text) {
		where.setText(text);
		applyFilter();
		return where.getBackground().equals(where.getDisplay().getSystemColor(SWT.COLOR_YELLOW))
				? java.util.Optional.of(where.getToolTipText()) : java.util.Optional.empty();
	}

	private void openSelection(IStructuredSelection selection) {
		for (Object element : selection) {
			if (element instanceof DocumentNode document) {
				open(document);
			} else if (element instanceof CorpusNode) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		}
	}

	/** Opens a document in the annotation editor, reporting a failure to the user. */
	public void open(DocumentNode document) {
		try {
			getSite().getPage().openEditor(
					new DocumentEditorInput(document.corpusFolder(), document.documentId(), document.title()),
					ViewIds.ANNOTATION_EDITOR);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(Status.error("Could not open " + document.title() + ": " + e.getMessage(), e),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		CorpusRegistry.getDefault().removeListener(refresh);
		saves.dispose();
		super.dispose();
	}
}

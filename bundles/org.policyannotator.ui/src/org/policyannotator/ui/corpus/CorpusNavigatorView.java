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
	private final Runnable refresh = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
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

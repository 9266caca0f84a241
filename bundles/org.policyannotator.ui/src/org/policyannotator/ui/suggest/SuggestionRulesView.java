package org.policyannotator.ui.suggest;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.suggest.Suggesters;
import org.policyannotator.suggest.UserRules;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;

/**
 * Suggestion rules: every installed suggester with what it finds and, for the annotator of the active document in
 * its corpus, how many of its suggestions were accepted, rejected and are still open.
 */
public final class SuggestionRulesView extends ViewPart {
	/** The view's id. */
	public static final String ID = "org.policyannotator.ui.view.suggestionRules";
	private TableViewer table;
	private final IPartListener2 editorListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof AnnotationEditor) {
				refresh();
			}
		}
	};

	/** Room around a column's header text (sort arrow, margins). */
	private static final int HEADER_PADDING = 24;

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Rule", 220, r -> shortName(r.rule()));
		column("Accepted", 70, r -> Integer.toString(r.accepted()));
		column("Rejected", 70, r -> Integer.toString(r.rejected()));
		column("Open", 60, r -> Integer.toString(r.open()));
		column("Finds", 420, RuleCounts::description);
		getViewSite().getActionBars().getToolBarManager().add(new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		});
		getSite().getPage().addPartListener(editorListener);
		refresh();
	}

	private void column(String title, int width, java.util.function.Function<RuleCounts, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RuleCounts) element);
			}
		});
	}

	private static String shortName(String rule) {
		return rule.startsWith("org.policyannotator.suggest.") ? rule.substring("org.policyannotator.suggest.".length())
				: rule;
	}

	/** Recounts for the active document's corpus and annotator. */
	public void refresh() {
		if (table == null || table.getTable().isDisposed()) {
			return;
		}
		IEditorPart editor = getSite().getPage().getActiveEditor();
		List<RuleCounts> rows;
		if (editor instanceof AnnotationEditor a && a.session().isPresent()) {
			EditorSession session = a.session().get();
			try {
				rows = RuleCounts.of(session.corpus(), session.annotator(), UserRules.withBuiltIn(session.corpus()),
						session.set());
				setContentDescription("Suggestions of " + session.annotator() + " in " + session.corpus().name());
			} catch (CorpusException e) {
				rows = List.of();
				setContentDescription(e.getMessage());
			}
		} else {
			rows = Suggesters.all().stream().map(s -> new RuleCounts(s.id(), s.description(), 0, 0, 0)).toList();
			setContentDescription("Open a document to see how its annotator reviewed each rule.");
		}
		table.setInput(rows);
		fitColumns();
	}

	/** The rule's name and its three counts as wide as their text and headers, so that they show in a narrow stack. */
	private void fitColumns() {
		TableColumn[] columns = table.getTable().getColumns();
		GC gc = new GC(table.getTable());
		try {
			for (int i = 0; i < columns.length - 1; i++) {
				columns[i].pack();
				int header = gc.textExtent(columns[i].getText()).x + HEADER_PADDING;
				columns[i].setWidth(Math.max(columns[i].getWidth(), header));
			}
		} finally {
			gc.dispose();
		}
	}

	/** The table of rules and counts. */
	public TableViewer viewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorListener);
		super.dispose();
	}
}

package org.policyannotator.ui.compare;

import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Relation;
import org.policyannotator.team.merge.PendingConflicts;

/**
 * The links (a quote to its speaker, a point to its proposal) that both sides of a synchronisation changed
 * differently: yours and theirs, each with the text of the annotations it joins, whether it is decided, and Keep Your
 * Link / Take Their Link for the selected one.
 */
final class LinkConflictTable {
	private final TableViewer viewer;
	private final ComparisonSession session;
	private final ConflictDecisions decisions;

	/** {@code decide} gets the link's id and whether theirs is taken. */
	LinkConflictTable(Composite parent, ComparisonSession session, ConflictDecisions decisions,
			BiConsumer<String, Boolean> decide) {
		this.session = session;
		this.decisions = decisions;
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
		Label title = new Label(area, SWT.NONE);
		title.setText("Links both sides changed:");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		Button keep = new Button(area, SWT.PUSH);
		keep.setText("Keep Your Link");
		Button take = new Button(area, SWT.PUSH);
		take.setText("Take Their Link");
		Composite holder = new Composite(area, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 90).applyTo(holder);
		viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Link", 10, item -> item.id());
		column(layout, "Yours", 38, item -> describe(item.oursRelation()));
		column(layout, "Theirs", 38, item -> describe(item.theirsRelation()));
		column(layout, "Decided", 10, item -> decisions.isDecided(item.id()) ? "yes" : "");
		viewer.setInput(decisions.links());
		keep.addListener(SWT.Selection, e -> selected().ifPresent(item -> decide.accept(item.id(), false)));
		take.addListener(SWT.Selection, e -> selected().ifPresent(item -> decide.accept(item.id(), true)));
	}

	/** The selected link conflict. */
	Optional<PendingConflicts.Item> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof PendingConflicts.Item item
				? Optional.of(item)
				: Optional.empty();
	}

	TableViewer viewer() {
		return viewer;
	}

	void refresh() {
		viewer.refresh();
	}

	/** "quote: "Xi said" → speaker "Xi"", or "(deleted)". */
	private String describe(Optional<Relation> relation) {
		return relation.map(r -> r.type() + ": " + end(r.from()) + " \u2192 " + end(r.to())).orElse("(deleted)");
	}

	private String end(String annotationId) {
		Optional<Annotation> annotation = session.curated().annotation(annotationId).or(() -> decisions.theirs()
				.stream().filter(a -> a.id().equals(annotationId)).findFirst());
		return annotation.map(a -> a.type() + " \u201c" + quote(a) + "\u201d").orElse(annotationId);
	}

	private String quote(Annotation annotation) {
		String text = session.document().text();
		String quote = text.substring(Math.min(annotation.start(), text.length()),
				Math.min(annotation.end(), text.length()));
		return quote.length() > 40 ? quote.substring(0, 40) + "\u2026" : quote;
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<PendingConflicts.Item, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PendingConflicts.Item) element);
			}
		});
	}
}

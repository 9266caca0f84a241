package org.policyannotator.ui.views.details;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/** The links of the shown annotation, with Follow, Remove Link and Link To... buttons. */
final class LinksSection {
	private final TableViewer viewer;
	private final Button follow;
	private final Button remove;
	private final Button linkTo;

	LinksSection(Composite parent, DetailsActions actions) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Links");
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer = new TableViewer(group, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 70;
		viewer.getTable().setLayoutData(tableData);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((LinkRow) element).label();
			}
		});
		Composite buttons = new Composite(group, SWT.NONE);
		buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
		follow = button(buttons, "Follow");
		remove = button(buttons, "Remove Link");
		linkTo = button(buttons, "Link To...");
		follow.addListener(SWT.Selection, event -> selected().ifPresent(row -> actions.follow(row.otherId())));
		remove.addListener(SWT.Selection, event -> selected().ifPresent(row -> actions.removeLink(row.relation())));
		linkTo.addListener(SWT.Selection, event -> actions.linkTo());
		viewer.addDoubleClickListener(event -> selected().ifPresent(row -> actions.follow(row.otherId())));
		viewer.addSelectionChangedListener(event -> enable());
		enable();
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		return button;
	}

	void show(List<LinkRow> rows) {
		Optional<LinkRow> kept = selected();
		viewer.setInput(rows);
		kept.flatMap(k -> rows.stream().filter(r -> r.relation().equals(k.relation())).findFirst())
				.ifPresent(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r)));
		enable();
	}

	private Optional<LinkRow> selected() {
		return Optional.ofNullable((LinkRow) viewer.getStructuredSelection().getFirstElement());
	}

	private void enable() {
		boolean chosen = selected().isPresent();
		follow.setEnabled(chosen);
		remove.setEnabled(chosen);
	}

	TableViewer viewer() {
		return viewer;
	}

	Button followButton() {
		return follow;
	}

	Button removeButton() {
		return remove;
	}
}

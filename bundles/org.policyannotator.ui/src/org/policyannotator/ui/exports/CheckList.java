package org.policyannotator.ui.exports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/** A titled list of check boxes (ids shown with labels) with Select All and Deselect All. */
final class CheckList {
	private final CheckboxTableViewer viewer;
	private Map<String, String> labels = Map.of();

	CheckList(Composite parent, String title, int heightHint, Runnable changed) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = CheckboxTableViewer.newCheckList(group, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		table.heightHint = heightHint;
		table.widthHint = 200;
		viewer.getTable().setLayoutData(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.getOrDefault(element, String.valueOf(element));
			}
		});
		viewer.addCheckStateListener(e -> changed.run());
		button(group, "Select &All", () -> {
			viewer.setAllChecked(true);
			changed.run();
		});
		button(group, "&Deselect All", () -> {
			viewer.setAllChecked(false);
			changed.run();
		});
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Shows these items (id to label, in order), checking those in {@code checked}, or all when it is empty. */
	void show(Map<String, String> items, Collection<String> checked) {
		labels = new LinkedHashMap<>(items);
		viewer.setInput(List.copyOf(items.keySet()));
		if (checked.isEmpty()) {
			viewer.setAllChecked(true);
		} else {
			viewer.setCheckedElements(checked.stream().filter(items::containsKey).toArray());
		}
	}

	/** The checked ids, in list order. */
	List<String> checked() {
		List<String> result = new ArrayList<>();
		for (Object element : viewer.getCheckedElements()) {
			result.add((String) element);
		}
		return result;
	}

	int size() {
		return labels.size();
	}

	boolean allChecked() {
		return checked().size() == labels.size();
	}
}

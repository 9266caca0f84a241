package org.policyannotator.ui.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.views.PaletteModel;

/**
 * Chooses the document-level codes of one or more documents: the codebook as a tree with check boxes and a filter
 * box (as in the tag palette). For several documents a code all of them have is checked, one some of them have is
 * grey and stays as it is on each unless the user ticks or clears it.
 */
public final class DocumentCodesDialog extends TitleAreaDialog {
	private final String subject;
	private final PaletteModel model;
	private final List<List<String>> current;
	private final Set<String> checked = new LinkedHashSet<>();
	private final Set<String> grey = new LinkedHashSet<>();
	private final Set<String> touched = new LinkedHashSet<>();
	private Text filter;
	private CheckboxTreeViewer tree;

	/**
	 * @param subject what is coded, for the message
	 * @param schema  the corpus's codebook
	 * @param current the codes each document has now
	 */
	public DocumentCodesDialog(Shell shell, String subject, Schema schema, List<List<String>> current) {
		super(shell);
		this.subject = subject;
		this.model = new PaletteModel(schema, List.of());
		this.current = List.copyOf(current);
		current.forEach(grey::addAll);
		for (String code : grey) {
			if (current.stream().allMatch(c -> c.contains(code))) {
				checked.add(code);
			}
		}
		grey.removeAll(checked);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Document Codes");
		setMessage(subject + ": tick the codes that apply to the whole document. Select documents by them with"
				+ " doc-code=<code> in Search's \"Documents where\" or the navigator's filter.");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(body, SWT.NONE).setText("&Find:");
		filter = new Text(body, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("type to find a code");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tree = new CheckboxTreeViewer(body, SWT.BORDER | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 320;
		data.widthHint = 420;
		tree.getControl().setLayoutData(data);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return model.roots();
			}

			@Override
			public Object[] getChildren(Object element) {
				return model.children(element);
			}

			@Override
			public Object getParent(Object element) {
				return model.parent(element);
			}

			@Override
			public boolean hasChildren(Object element) {
				return model.hasChildren(element);
			}
		});
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof TagType type ? type.label() + "  (" + type.id() + ")" : String.valueOf(element);
			}
		});
		tree.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return element instanceof TagType type && (checked.contains(type.id()) || grey.contains(type.id()));
			}

			@Override
			public boolean isGrayed(Object element) {
				return element instanceof TagType type && grey.contains(type.id());
			}
		});
		tree.addCheckStateListener(event -> {
			if (event.getElement() instanceof TagType type) {
				set(type.id(), event.getChecked());
				tree.refresh(type);
			}
		});
		tree.setInput(model);
		tree.expandAll();
		filter.addListener(SWT.Modify, e -> {
			model.filter(filter.getText());
			tree.refresh();
			tree.expandAll();
		});
		filter.addListener(SWT.DefaultSelection, e -> {
			if (!model.matches().isEmpty() && !filter.getText().isBlank()) {
				String first = model.matches().get(0).id();
				set(first, !checked.contains(first));
				tree.refresh();
			}
		});
		return area;
	}

	/** Ticks or clears a code (for every document). */
	public void set(String code, boolean on) {
		grey.remove(code);
		touched.add(code);
		if (on) {
			checked.add(code);
		} else {
			checked.remove(code);
		}
	}

	/** Each document's codes after the dialog, in the order of {@code current}. */
	public List<List<String>> result() {
		List<List<String>> result = new ArrayList<>();
		for (List<String> codes : current) {
			LinkedHashSet<String> next = new LinkedHashSet<>(codes);
			for (String code : touched) {
				if (checked.contains(code)) {
					next.add(code);
				} else {
					next.remove(code);
				}
			}
			result.add(List.copyOf(next));
		}
		return result;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}

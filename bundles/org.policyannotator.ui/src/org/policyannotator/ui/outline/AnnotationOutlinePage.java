package org.policyannotator.ui.outline;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.model.AnnotationSetListener;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.views.ColourSwatches;

/**
 * The outline of an annotation editor: its annotations grouped by tag type, each group with its count; clicking an
 * annotation selects it in the editor. Live: follows every change of the set, one row at a time; the tree is
 * virtual, so a group of thousands of annotations makes rows only for what is on screen.
 */
public final class AnnotationOutlinePage extends ContentOutlinePage {
	private final AnnotationEditor editor;
	private final AnnotationSetListener setListener = this::setChanged;
	private final java.util.function.Consumer<Optional<Annotation>> selectionListener = this::editorSelected;
	private AnnotationSet set;
	private ColourSwatches swatches;
	private OutlineGroups groups;
	private final Labels labels = new Labels();
	private boolean syncing;

	public AnnotationOutlinePage(AnnotationEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		swatches = new ColourSwatches(new LocalResourceManager(JFaceResources.getResources(), getControl()));
		TreeViewer viewer = getTreeViewer();
		// groups are found by hash, not by walking the tree (which would fill every row of a group to find one)
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(labels);
		fillWidth(viewer.getTree());
		Optional<EditorSession> session = editor.session();
		session.ifPresent(s -> {
			set = s.set();
			set.addListener(setListener);
			rebuild();
		});
		editor.addSelectedAnnotationListener(selectionListener);
	}

	/**
	 * One column as wide as the view. Without a column SWT measures a row and, for a group, every row under it to
	 * size the horizontal scroll bar each time a label changes: all annotations of a type for each tag.
	 */
	private static void fillWidth(Tree tree) {
		TreeColumn column = new TreeColumn(tree, SWT.LEFT);
		tree.setHeaderVisible(false);
		tree.addListener(SWT.Resize, event -> column.setWidth(Math.max(tree.getClientArea().width, 1)));
		column.setWidth(Math.max(tree.getClientArea().width, 300));
	}

	@Override
	protected int getTreeStyle() {
		return super.getTreeStyle() | SWT.VIRTUAL;
	}

	/** Groups the set anew and shows every group expanded. */
	private void rebuild() {
		TreeViewer viewer = getTreeViewer();
		EditorSession session = editor.session().orElseThrow();
		groups = new OutlineGroups(session.schema(), session.set().annotations());
		viewer.setInput(session);
		Tree tree = viewer.getTree();
		tree.setItemCount(groups.groups().size());
		for (int i = 0; i < groups.groups().size(); i++) {
			TypeGroup group = groups.groups().get(i);
			viewer.replace(session, i, group);
			viewer.setChildCount(group, group.annotations().size());
			tree.getItem(i).setExpanded(true);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!syncing && event.getStructuredSelection().getFirstElement() instanceof Annotation annotation) {
			syncing = true;
			try {
				editor.select(annotation.id());
			} finally {
				syncing = false;
			}
		}
	}

	private void setChanged(AnnotationSetEvent event) {
		Runnable refresh = () -> {
			TreeViewer viewer = getTreeViewer();
			if (viewer != null && !viewer.getControl().isDisposed() && groups != null) {
				syncing = true;
				try {
					follow(event);
				} finally {
					syncing = false;
				}
			}
		};
		if (Display.getCurrent() != null) {
			refresh.run();
		} else {
			Display.getDefault().asyncExec(refresh);
		}
	}

	/** One row in, out or moved per change; the counts of the groups concerned; all anew when a group comes or goes. */
	private void follow(AnnotationSetEvent event) {
		switch (event) {
		case AnnotationSetEvent.Added added -> added(added.annotation());
		case AnnotationSetEvent.Removed removed -> removed(removed.annotation());
		case AnnotationSetEvent.Changed changed -> {
			if (!removed(changed.before())) { // a rebuild already shows the set as it is now
				added(changed.after());
			}
		}
		default -> {
			// links are not in the outline
		}
		}
	}

	private void added(Annotation annotation) {
		OutlineGroups.Place place = groups.add(annotation);
		if (place.group() < 0) {
			rebuild();
			return;
		}
		TreeItem group = getTreeViewer().getTree().getItem(place.group());
		new TreeItem(group, SWT.NONE, place.child());
		relabel(group, place.group());
	}

	/** Takes an annotation's row out; whether the whole outline was made again instead (its group went). */
	private boolean removed(Annotation annotation) {
		OutlineGroups.Place place = groups.remove(annotation);
		if (place.group() < 0) {
			rebuild();
			return true;
		}
		TreeItem group = getTreeViewer().getTree().getItem(place.group());
		group.getItem(place.child()).dispose();
		relabel(group, place.group());
		return false;
	}

	/**
	 * Fills an annotation's row directly. Not through {@link TreeViewer#replace}, which reads the tree's whole
	 * selection from GTK each time: called for each of thousands of rows as GTK measures them, that took seconds.
	 * Rows are not registered with the viewer's element map; the outline finds them by their place instead.
	 */
	private void fill(TreeItem item, Annotation annotation) {
		if (item.getData() != annotation) {
			item.setData(annotation);
			item.setText(labels.getText(annotation));
		}
	}

	private void relabel(TreeItem item, int index) {
		TypeGroup group = groups.groups().get(index);
		if (item.getData() != group) { // a group keeps its object while it lives: most edits only change its count
			getTreeViewer().replace(getTreeViewer().getInput(), index, group);
		}
		item.setText(group.text());
	}

	private void editorSelected(Optional<Annotation> selected) {
		TreeViewer viewer = getTreeViewer();
		if (syncing || viewer == null || viewer.getControl().isDisposed() || selected.isEmpty() || groups == null) {
			return;
		}
		OutlineGroups.Place place = groups.find(selected.get());
		if (place.group() < 0) {
			return;
		}
		syncing = true;
		try {
			Tree tree = viewer.getTree();
			TypeGroup group = groups.groups().get(place.group());
			TreeItem groupItem = tree.getItem(place.group());
			groupItem.setExpanded(true);
			TreeItem item = groupItem.getItem(place.child());
			fill(item, group.annotations().get(place.child()));
			tree.setSelection(item);
			tree.showItem(item);
		} finally {
			syncing = false;
		}
	}

	@Override
	public void dispose() {
		if (set != null) {
			set.removeListener(setListener);
		}
		editor.removeSelectedAnnotationListener(selectionListener);
		super.dispose();
	}

	/** The rows of the virtual tree, each asked for when it comes on screen. */
	private final class ContentProvider implements ILazyTreeContentProvider {
		@Override
		public void updateElement(Object parent, int index) {
			if (groups == null) {
				return;
			}
			if (parent instanceof EditorSession && index < groups.groups().size()) {
				TypeGroup group = groups.groups().get(index);
				getTreeViewer().replace(parent, index, group);
				getTreeViewer().setChildCount(group, group.annotations().size());
			} else if (parent instanceof TypeGroup group && index < group.annotations().size()) {
				int at = groups.groups().indexOf(group);
				if (at >= 0) {
					fill(getTreeViewer().getTree().getItem(at).getItem(index), group.annotations().get(index));
				}
			}
		}

		@Override
		public void updateChildCount(Object element, int currentChildCount) {
			int count = 0;
			if (element instanceof EditorSession && groups != null) {
				count = groups.groups().size();
			} else if (element instanceof TypeGroup group) {
				count = group.annotations().size();
			}
			if (count != currentChildCount) {
				getTreeViewer().setChildCount(element, count);
			}
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Annotation annotation && groups != null) {
				OutlineGroups.Place place = groups.find(annotation);
				return place.group() < 0 ? null : groups.groups().get(place.group());
			}
			return element instanceof TypeGroup ? getTreeViewer().getInput() : null;
		}
	}

	private final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof TypeGroup group) {
				return group.text();
			}
			if (element instanceof Annotation annotation) {
				String quote = annotation.firstSpan().quote().replaceAll("\\s+", " ");
				return quote.length() <= 70 ? quote : quote.substring(0, 67) + "\u2026";
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof TypeGroup group ? swatches.of(group.rgb()) : null;
		}
	}

	/** The tree (for tests). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

}

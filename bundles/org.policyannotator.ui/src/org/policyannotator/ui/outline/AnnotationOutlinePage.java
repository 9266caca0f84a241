package org.policyannotator.ui.outline;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
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
 * annotation selects it in the editor. Live: follows every change of the set.
 */
public final class AnnotationOutlinePage extends ContentOutlinePage {
	private final AnnotationEditor editor;
	private final AnnotationSetListener setListener = this::setChanged;
	private final java.util.function.Consumer<Optional<Annotation>> selectionListener = this::editorSelected;
	private AnnotationSet set;
	private ColourSwatches swatches;
	private boolean syncing;

	public AnnotationOutlinePage(AnnotationEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		swatches = new ColourSwatches(new LocalResourceManager(JFaceResources.getResources(), getControl()));
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(new Labels());
		viewer.setAutoExpandLevel(2);
		Optional<EditorSession> session = editor.session();
		session.ifPresent(s -> {
			set = s.set();
			set.addListener(setListener);
			viewer.setInput(s);
		});
		editor.addSelectedAnnotationListener(selectionListener);
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
			if (viewer != null && !viewer.getControl().isDisposed()) {
				syncing = true;
				try {
					viewer.refresh();
					viewer.expandToLevel(2);
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

	private void editorSelected(Optional<Annotation> selected) {
		TreeViewer viewer = getTreeViewer();
		if (syncing || viewer == null || viewer.getControl().isDisposed() || selected.isEmpty()) {
			return;
		}
		syncing = true;
		try {
			viewer.setSelection(new StructuredSelection(selected.get()), true);
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

	private static final class ContentProvider implements ITreeContentProvider {
		private EditorSession session;

		@Override
		public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
			session = newInput instanceof EditorSession s ? s : null;
		}

		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof EditorSession session)) {
				return new Object[0];
			}
			return TypeGroup.of(session.schema(), session.set().annotations()).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof TypeGroup group ? group.annotations().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (!(element instanceof Annotation annotation) || session == null) {
				return null;
			}
			// groups are equal by type: this finds the group's item without building every group
			return new TypeGroup(annotation.type(), annotation.type(), 0, List.of());
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof TypeGroup;
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

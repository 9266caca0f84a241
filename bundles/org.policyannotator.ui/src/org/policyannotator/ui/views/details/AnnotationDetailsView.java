package org.policyannotator.ui.views.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.model.Relation;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.operations.AnnotationEdit;
import org.policyannotator.ui.views.ActiveAnnotationEditor;

/**
 * The attributes, type, status, note and links of the annotation selected in the active editor. Every change is
 * one undoable edit of the editor's set.
 */
public final class AnnotationDetailsView extends ViewPart implements ActiveAnnotationEditor.Listener, DetailsActions {
	public static final String LINK_COMMAND = "org.policyannotator.ui.command.link";
	private ScrolledComposite scroller;
	private Composite content;
	private Label message;
	private DetailsForm form;
	private org.eclipse.swt.graphics.Point minSize;
	private int laidOutWidth = -1;
	/** A form per tag type, made when first needed and kept (hidden) while the editor stays the same. */
	private final java.util.Map<String, DetailsForm> forms = new java.util.HashMap<>();
	private ActiveAnnotationEditor active;
	private Optional<String> shownId = Optional.empty();
	/** The annotation the form shows, as it was when shown. */
	private Optional<Annotation> shown = Optional.empty();

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		content.setLayout(new GridLayout(1, false));
		message = new Label(content, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, event -> widthChanged());
		active = new ActiveAnnotationEditor(getSite().getPage(), this);
		active.start();
		if (active.editor().isEmpty()) {
			showAnnotation(Optional.empty());
		}
	}

	@Override
	public void editorChanged(Optional<AnnotationEditor> editor) {
		disposeForm();
		showAnnotation(editor.flatMap(AnnotationEditor::selectedAnnotation));
	}

	@Override
	public void setChanged(AnnotationSetEvent event) {
		if (concernsShown(event)) {
			showAnnotation(active.editor().flatMap(AnnotationEditor::selectedAnnotation));
		}
	}

	/**
	 * Whether a change can alter what the form shows: the shown annotation itself, its links, or an annotation of a
	 * type its reference attributes may point to. Other changes (most tagging elsewhere) leave the form alone.
	 */
	private boolean concernsShown(AnnotationSetEvent event) {
		if (shownId.isEmpty()) {
			return false;
		}
		String id = shownId.get();
		return switch (event) {
		case AnnotationSetEvent.RelationAdded r -> r.relation().from().equals(id) || r.relation().to().equals(id);
		case AnnotationSetEvent.RelationRemoved r -> r.relation().from().equals(id) || r.relation().to().equals(id);
		case AnnotationSetEvent.Added a -> isReferenceTarget(a.annotation().type());
		case AnnotationSetEvent.Removed r -> r.annotation().id().equals(id) || isReferenceTarget(r.annotation().type());
		case AnnotationSetEvent.Changed c -> c.after().id().equals(id) || isReferenceTarget(c.after().type());
		};
	}

	private boolean isReferenceTarget(String type) {
		Optional<EditorSession> session = active.editor().flatMap(AnnotationEditor::session);
		Optional<Annotation> shown = session.flatMap(s -> s.set().annotation(shownId.orElseThrow()));
		return shown.flatMap(a -> session.get().schema().tagType(a.type())).map(t -> t.attributes().stream()
				.anyMatch(attribute -> attribute.kind() == org.policyannotator.model.schema.AttributeKind.REFERENCE
						&& (attribute.targetTypes().isEmpty() || attribute.targetTypes().contains(type))))
				.orElse(false);
	}

	@Override
	public void selectionChanged(Optional<Annotation> selected) {
		boolean unchanged = selected.isPresent() ? form != null && selected.equals(shown)
				: form == null && shownId.isEmpty() && message.getVisible();
		if (unchanged) {
			return; // the caret moved within the shown annotation, or from text to text: nothing to lay out again
		}
		showAnnotation(selected);
	}

	private void showAnnotation(Optional<Annotation> annotation) {
		if (content.isDisposed()) {
			return;
		}
		Optional<EditorSession> session = active.editor().flatMap(AnnotationEditor::session);
		if (annotation.isEmpty() || session.isEmpty()) {
			List<Control> changed = new ArrayList<>();
			if (form != null) {
				changed.add(form.control());
			}
			showForm(null);
			shownId = Optional.empty();
			shown = Optional.empty();
			String text = session.isEmpty() ? "Open a document to see the attributes of its annotations."
					: "Put the caret on an annotation, or select one in the Annotations view, to edit its attributes and links.";
			if (!text.equals(message.getText())) {
				// a wrapping label is measured again only when its text changed: GTK measures it by a forced resize
				message.setText(text);
				changed.add(message);
			}
			boolean appears = !message.getVisible();
			setVisible(message, true);
			if (changed.isEmpty() && appears) {
				content.layout(false); // place it, with the size measured when it was last shown
			} else {
				content.layout(changed.toArray(Control[]::new));
			}
			fitScroller();
			return;
		}
		setVisible(message, false);
		shownId = Optional.of(annotation.get().id());
		shown = annotation;
		DetailsForm wanted = forms.get(annotation.get().type());
		if (wanted != null && !wanted.builtFor(session.get().schema(), session.get().set())) {
			disposeForm();
			wanted = null;
		}
		List<Control> changed = new ArrayList<>();
		if (wanted == null) {
			wanted = new DetailsForm(content, session.get().schema(), session.get().set(), annotation.get(), this);
			forms.put(annotation.get().type(), wanted);
			changed.add(wanted.control());
		} else {
			wanted.show(annotation.get());
			changed.addAll(wanted.changedControls());
		}
		if (form != null && form != wanted) {
			changed.add(form.control());
		}
		if (form != wanted) {
			changed.add(wanted.control());
		}
		showForm(wanted);
		content.layout(changed.toArray(Control[]::new));
		fitScroller();
	}

	/** Shows {@code wanted} (none: {@code null}) and hides the form shown so far. */
	private void showForm(DetailsForm wanted) {
		if (form != wanted) {
			if (form != null) {
				form.setShown(false);
			}
			if (wanted != null) {
				wanted.setShown(true);
			}
			form = wanted;
		}
	}

	private static void setVisible(Label label, boolean visible) {
		label.setVisible(visible);
		((GridData) label.getLayoutData()).exclude = !visible;
	}

	/**
	 * Lays out again what wraps when the view's width changes (the message, the form's header and fields), keeping
	 * the measured size of everything else: showing or hiding the scroll bar changes the width on every switch
	 * between a form and the message.
	 */
	private void widthChanged() {
		int width = scroller.getClientArea().width;
		if (width == laidOutWidth) {
			return;
		}
		laidOutWidth = width;
		List<Control> wrapping = new ArrayList<>(List.of(message));
		if (form != null) {
			wrapping.addAll(form.changedControls());
		}
		content.layout(wrapping.toArray(Control[]::new));
		fitScroller();
	}

	/** Tells the scroller how much room the content needs, measured from what is laid out already. */
	private void fitScroller() {
		int width = scroller.getClientArea().width;
		org.eclipse.swt.graphics.Point size = content.computeSize(Math.max(width, 200), SWT.DEFAULT, false);
		if (!size.equals(minSize)) { // setting it lays out the scroller and its bars again
			minSize = size;
			scroller.setMinSize(size);
		}
	}

	private void disposeForm() {
		forms.values().forEach(DetailsForm::dispose);
		forms.clear();
		form = null;
	}

	@Override
	public void change(String label, UnaryOperator<Annotation> change) {
		Optional<AnnotationEditor> editor = active.editor();
		Optional<Annotation> before = shownId.flatMap(id -> editor.flatMap(AnnotationEditor::session)
				.flatMap(s -> s.set().annotation(id)));
		if (before.isEmpty()) {
			return;
		}
		Annotation after = change.apply(before.get());
		if (after == before.get()) {
			return;
		}
		try {
			editor.get().execute(label, AnnotationEdit.replace(before.get(), after));
		} catch (ExecutionException e) {
			MessageDialog.openError(getSite().getShell(), label, e.getMessage());
		}
	}

	@Override
	public void follow(String annotationId) {
		active.editor().ifPresent(editor -> editor.select(annotationId));
	}

	@Override
	public void removeLink(Relation relation) {
		active.editor().ifPresent(editor -> {
			try {
				editor.execute("Remove link", AnnotationEdit.removeRelation(relation));
			} catch (ExecutionException e) {
				MessageDialog.openError(getSite().getShell(), "Remove link", e.getMessage());
			}
		});
	}

	@Override
	public void linkTo() {
		active.editor().ifPresent(editor -> {
			getSite().getPage().activate(editor);
			try {
				editor.getSite().getService(IHandlerService.class).executeCommand(LINK_COMMAND, null);
			} catch (CommandException e) {
				MessageDialog.openError(getSite().getShell(), "Link", e.getMessage());
			}
		});
	}

	/** The form of the shown annotation, if one is shown. */
	public Optional<DetailsForm> form() {
		return Optional.ofNullable(form);
	}

	@Override
	public void setFocus() {
		content.setFocus();
	}

	@Override
	public void dispose() {
		active.dispose();
		super.dispose();
	}
}

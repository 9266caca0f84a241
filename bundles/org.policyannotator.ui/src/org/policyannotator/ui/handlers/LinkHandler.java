package org.policyannotator.ui.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;

/**
 * Links the selected annotation to another one: picks from the annotations that a relation type of the schema
 * allows as targets (a quote's speaker, a point's proposal), nearest first, filtered as the user types.
 */
public final class LinkHandler extends AbstractHandler {

	/** One possible link: a relation type and a target annotation. */
	record Candidate(RelationType type, Annotation target, String label) {
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Optional<AnnotationEditor> editor = EditorHandlers.editor(event);
		if (editor.isEmpty() || editor.get().session().isEmpty()) {
			return null;
		}
		Optional<Annotation> source = editor.get().selectedAnnotation();
		if (source.isEmpty()) {
			EditorHandlers.status(editor.get(), "Put the caret on the annotation to link (e.g. a quote) first.");
			return null;
		}
		List<Candidate> candidates = candidates(editor.get().session().get(), source.get());
		if (candidates.isEmpty()) {
			EditorHandlers.status(editor.get(), "Nothing to link a " + source.get().type()
					+ " to: tag its target (e.g. the speaker) first.");
			return null;
		}
		ElementListSelectionDialog picker = new ElementListSelectionDialog(editor.get().getSite().getShell(),
				new LabelProvider() {
					@Override
					public String getText(Object element) {
						return ((Candidate) element).label();
					}
				});
		picker.setTitle("Link");
		picker.setMessage("Link \u201c" + source.get().firstSpan().quote() + "\u201d to:");
		picker.setElements(candidates.toArray());
		picker.setMultipleSelection(false);
		if (picker.open() == Window.OK && picker.getFirstResult() instanceof Candidate chosen) {
			editor.get().link(source.get().id(), chosen.type().id(), chosen.target().id());
		}
		return null;
	}

	static List<Candidate> candidates(EditorSession session, Annotation source) {
		List<Candidate> candidates = new ArrayList<>();
		for (RelationType type : session.schema().relationTypes()) {
			if (!type.fromTypes().contains(source.type())) {
				continue;
			}
			session.set().annotations().stream()
					.filter(a -> !a.id().equals(source.id()) && type.toTypes().contains(a.type()))
					.sorted(Comparator.comparingInt(a -> Math.abs(a.start() - source.start())))
					.forEach(a -> candidates.add(new Candidate(type, a,
							type.label() + ": \u201c" + a.firstSpan().quote() + "\u201d (at " + a.start() + ")")));
		}
		return candidates;
	}
}

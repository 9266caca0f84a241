package org.policyannotator.ui.views.details;

import java.util.function.UnaryOperator;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.Relation;

/** What the details form asks of its view: each call is one undoable edit or a move of the editor's selection. */
interface DetailsActions {
	/** Changes the shown annotation as one undoable edit named {@code label}; nothing happens if it stays equal. */
	void change(String label, UnaryOperator<Annotation> change);

	/** Selects an annotation in the editor. */
	void follow(String annotationId);

	/** Removes a link (undoable). */
	void removeLink(Relation relation);

	/** Runs the editor's Link To... command on the shown annotation. */
	void linkTo();
}

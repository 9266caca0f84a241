package org.policyannotator.ui.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.editor.AnnotationEditor;

/**
 * The review commands, told apart by the parameter {@code org.policyannotator.ui.command.review.action}: accept,
 * reject, acceptAll (all open suggestions of the selected annotation's type), next, previous, tagAll.
 */
public final class ReviewHandler extends AbstractHandler {
	/** The command's parameter. */
	public static final String ACTION = "org.policyannotator.ui.command.review.action";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof AnnotationEditor editor) || editor.session().isEmpty()) {
			return null;
		}
		String action = event.getParameter(ACTION) == null ? "accept" : event.getParameter(ACTION);
		String message = switch (action) {
			case "accept" -> SuggestionReview.acceptSelected(editor) ? "Accepted." : "The caret is on no suggestion.";
			case "reject" -> SuggestionReview.rejectSelected(editor) ? "Rejected; it will not be suggested again."
					: "The caret is on no suggestion.";
			case "acceptAll" -> editor.selectedAnnotation()
					.map(a -> acceptAll(editor, a.type()) + " " + a.type() + " suggestions accepted.")
					.orElse("Put the caret on a suggestion of the type to accept.");
			case "next", "previous" -> SuggestionReview.selectNext(editor, action.equals("next")).isPresent() ? ""
					: "No more suggestions " + (action.equals("next") ? "after" : "before") + " this one.";
			case "tagAll" -> SuggestionReview.tagAllLikeSelected(editor) + " more occurrences suggested.";
			default -> throw new ExecutionException("unknown review action " + action);
		};
		TransientStatus.show(editor, message);
		return null;
	}

	private static int acceptAll(AnnotationEditor editor, String type) {
		try {
			return SuggestionReview.acceptAll(editor, type);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}

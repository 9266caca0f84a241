package org.policyannotator.ui.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.SentenceMode;

/**
 * Sentence units in the editor: select the next or previous sentence, join the selected sentence with the next one,
 * or split it where the user clicked (parameter {@code action}: next, previous, join, split). Joining and splitting
 * are saved at once for every annotator of the document.
 */
public final class SentenceHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.policyannotator.ui.command.sentence";
	public static final String PARAMETER_ACTION = "org.policyannotator.ui.command.sentence.action";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Optional<AnnotationEditor> editor = EditorHandlers.editor(event);
		if (editor.isEmpty() || editor.get().session().isEmpty()) {
			return null;
		}
		SentenceMode mode = editor.get().sentenceMode();
		String action = String.valueOf(event.getParameter(PARAMETER_ACTION));
		try {
			boolean done = switch (action) {
			case "next" -> mode.advance(true);
			case "previous" -> mode.advance(false);
			case "join" -> mode.joinWithNext();
			case "split" -> mode.splitAtPoint();
			default -> throw new ExecutionException("unknown sentence action " + action);
			};
			if (!done) {
				EditorHandlers.status(editor.get(), switch (action) {
				case "join" -> "The last sentence has no next one to join.";
				case "split" -> "Click inside the sentence where it should be split, then split.";
				default -> "No further sentence.";
				});
			}
		} catch (CorpusException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}

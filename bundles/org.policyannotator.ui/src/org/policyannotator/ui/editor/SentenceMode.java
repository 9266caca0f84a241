package org.policyannotator.ui.editor;

import java.util.Optional;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.State;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.CorpusUnits;
import org.policyannotator.model.text.SentenceUnits;
import org.policyannotator.model.text.UnitEdits;

/**
 * Coding by sentence in one editor. While the mode is on (one switch for all editors, the toggle state of
 * {@link #COMMAND_ID}), the sentence unit under the caret is the selection: a click selects its sentence, a code
 * tags the sentence (or retypes the annotation that covers exactly it) and selects the next one. The units are the
 * document's shared {@link SentenceUnits}; joining and splitting them is saved at once in the corpus for every
 * annotator.
 */
public final class SentenceMode {
	/** The command that switches sentence mode on and off. */
	public static final String COMMAND_ID = "org.policyannotator.ui.command.sentenceMode";
	private static final String TOGGLE_STATE = "org.eclipse.ui.commands.toggleState";
	private final AnnotationEditor editor;
	private SentenceUnits units;
	/** Where the user last put the caret, e.g. by a click inside the selected sentence: where a split goes. */
	private int point;
	private boolean selecting;

	SentenceMode(AnnotationEditor editor) {
		this.editor = editor;
	}

	/**
	 * Follows the caret: in sentence mode a click selects the sentence clicked into (after the click is done).
	 * {@code toModel} turns widget offsets into document offsets.
	 */
	void install(StyledText text, java.util.function.IntUnaryOperator toModel) {
		text.addCaretListener(event -> {
			if (!selecting && isOn()) {
				point = toModel.applyAsInt(event.caretOffset);
			}
		});
		// a click (not a drag) or a key that moves the caret selects the sentence the caret is then in
		text.addListener(SWT.MouseUp, event -> {
			if (event.button == 1) {
				reselectLater(text);
			}
		});
		text.addListener(SWT.KeyUp, event -> reselectLater(text));
	}

	/** Once the click or key is handled: if it left no selection, the sentence at the caret becomes it. */
	private void reselectLater(StyledText text) {
		text.getDisplay().asyncExec(() -> {
			if (!text.isDisposed() && !selecting && isOn() && selection().getLength() == 0) {
				selectUnitAt(selection().getOffset());
			}
		});
	}

	/** Whether sentence mode is on. */
	public static boolean isOn() {
		State state = command().getState(TOGGLE_STATE);
		return state != null && Boolean.TRUE.equals(state.getValue());
	}

	/** Switches sentence mode on or off for all editors. */
	public static void setOn(boolean on) {
		State state = command().getState(TOGGLE_STATE);
		if (state != null) {
			state.setValue(on);
		}
	}

	private static Command command() {
		return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND_ID);
	}

	/** Called when the mode was switched: on, the sentence at the caret becomes the selection. */
	public void modeChanged() {
		ITextSelection selection = selection();
		if (isOn()) {
			selectUnitAt(selection.getOffset());
			status("Sentence mode: a code tags the selected sentence and moves to the next one.");
		} else {
			select(selection.getOffset(), 0);
			status("");
		}
	}

	/** The document's sentence units (read from the corpus when first asked for). */
	public SentenceUnits units() throws CorpusException {
		if (units == null) {
			EditorSession session = editor.session().orElseThrow();
			units = CorpusUnits.units(session.corpus(), session.document().id());
		}
		return units;
	}

	/** The index of the unit the selection starts in; -1 if the document has no text. */
	public int currentUnit() throws CorpusException {
		return units().indexAt(selection().getOffset());
	}

	/** Selects unit {@code i} and reveals it. */
	public void selectUnit(int i) throws CorpusException {
		SentenceUnits u = units();
		if (i < 0 || i >= u.count()) {
			return;
		}
		select(u.start(i), u.end(i) - u.start(i));
		point = u.start(i);
		status("Sentence " + (i + 1) + " of " + u.count());
	}

	/** Selects the next or previous unit; false at either end of the document. */
	public boolean advance(boolean forward) throws CorpusException {
		int i = currentUnit();
		int next = i + (forward ? 1 : -1);
		if (i < 0 || next < 0 || next >= units().count()) {
			return false;
		}
		selectUnit(next);
		return true;
	}

	/**
	 * Codes the current unit with a tag type and selects the next unit: an annotation of the editor's set that covers
	 * exactly the unit is retyped, otherwise the unit is tagged. Empty if the document has no text.
	 */
	public Optional<Annotation> tagAndAdvance(String tagTypeId) throws ExecutionException {
		try {
			int i = currentUnit();
			if (i < 0) {
				return Optional.empty();
			}
			int start = units().start(i);
			int end = units().end(i);
			Optional<Annotation> covering = editor.session().orElseThrow().set().annotations().stream()
					.filter(a -> a.spans().size() == 1 && a.start() == start && a.end() == end).findFirst();
			Optional<Annotation> done = covering.isPresent() ? editor.retype(covering.get(), tagTypeId)
					: Optional.of(editor.tagSpan(tagTypeId, start, end));
			if (!advance(true)) {
				selectUnit(i);
				status("Last sentence coded.");
			}
			return done;
		} catch (CorpusException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	/** Joins the current unit with the next one, for every annotator of the document; false for the last unit. */
	public boolean joinWithNext() throws CorpusException {
		int i = currentUnit();
		Optional<UnitEdits> edits = units().joinWithNext(i);
		if (edits.isEmpty()) {
			return false;
		}
		save(edits.get());
		selectUnit(i);
		return true;
	}

	/**
	 * Splits the current unit where the user last clicked into it (before that word); false if that is its start.
	 */
	public boolean splitAtPoint() throws CorpusException {
		int i = currentUnit();
		Optional<UnitEdits> edits = i >= 0 && point > units().start(i) && point < units().end(i)
				? units().splitAt(point) : Optional.empty();
		if (edits.isEmpty()) {
			return false;
		}
		save(edits.get());
		selectUnit(i);
		return true;
	}

	private void save(UnitEdits edits) throws CorpusException {
		EditorSession session = editor.session().orElseThrow();
		CorpusUnits.save(session.corpus(), session.document().id(), edits);
		units = SentenceUnits.of(session.document().text(), edits);
	}

	private void selectUnitAt(int offset) {
		try {
			int i = units().indexAt(offset);
			int keep = point;
			selectUnit(i);
			point = keep;
		} catch (CorpusException e) {
			status(e.getMessage());
		}
	}

	private void select(int offset, int length) {
		selecting = true;
		try {
			editor.selectAndReveal(offset, length);
		} finally {
			selecting = false;
		}
	}

	private ITextSelection selection() {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	private void status(String message) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}
}

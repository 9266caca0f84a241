package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusUnits;
import org.policyannotator.model.text.SentenceUnits;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.SentenceMode;
import org.policyannotator.ui.handlers.SentenceHandler;

/**
 * Coding by sentence: with sentence mode on, a click selects its sentence, a code key tags it and moves to the next,
 * a second code retypes it; joining and splitting sentences is kept for every annotator.
 */
class SentenceModeTest {
	private static final String DOCUMENT = "004_807306f16bda8665";
	private static final String TAG = "org.policyannotator.ui.command.tag";
	private static final String KEY = "org.policyannotator.ui.command.tag.key";

	@AfterEach
	void switchOffAndClean() throws Exception {
		if (SentenceMode.isOn()) {
			run(SentenceMode.COMMAND_ID, Map.of());
		}
		page().closeAllEditors(false);
		processEvents();
		Corpus corpus = sampleCorpus();
		Files.deleteIfExists(corpus.setFile(AnnotatorIdentity.current(), DOCUMENT));
		Files.deleteIfExists(CorpusUnits.file(corpus, DOCUMENT));
	}

	/** What a click does: the caret goes there, then the mouse button is released. */
	private static void click(AnnotationEditor editor, int offset) {
		editor.selectAndReveal(offset, 0);
		Event up = new Event();
		up.button = 1;
		((StyledText) editor.getAdapter(Control.class))
				.notifyListeners(SWT.MouseUp, up);
		processEvents();
	}

	private static void assertSelected(AnnotationEditor editor, int start, int end, String what) {
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(List.of(start, end), List.of(selection.getOffset(), selection.getOffset() + selection.getLength()), what);
	}

	private static void sentence(String action) throws Exception {
		run(SentenceHandler.COMMAND_ID, Map.of(SentenceHandler.PARAMETER_ACTION, action));
	}

	@Test
	void aCodeKeyTagsTheClickedSentenceAndMovesToTheNextAndASecondCodeRetypesIt() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		SentenceUnits units = SentenceUnits.of(editor.session().orElseThrow().document().text());
		assertTrue(units.count() > 5);
		click(editor, units.start(1) + 5);
		run(SentenceMode.COMMAND_ID, Map.of());
		assertTrue(SentenceMode.isOn());
		assertSelected(editor, units.start(1), units.end(1), "switching the mode on selects the caret's sentence");

		run(TAG, Map.of(KEY, "1"));
		run(TAG, Map.of(KEY, "2"));
		List<Annotation> tagged = editor.session().orElseThrow().set().annotations();
		assertEquals(List.of("claim", "statistic"), tagged.stream().map(Annotation::type).toList());
		assertEquals(List.of(units.start(1), units.end(1)), List.of(tagged.get(0).start(), tagged.get(0).end()));
		assertEquals(units.text(2), tagged.get(1).firstSpan().quote());
		assertSelected(editor, units.start(3), units.end(3), "after coding two sentences the third is selected");

		sentence("previous");
		run(TAG, Map.of(KEY, "1"));
		assertEquals(List.of("claim", "claim"), editor.session().orElseThrow().set().annotations().stream()
				.map(Annotation::type).toList(), "coding a coded sentence again retypes it");
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.undoContext(), null, null);
		assertEquals("statistic", editor.session().orElseThrow().set().annotations().get(1).type(), "Ctrl+Z undoes the retype");

		click(editor, units.start(4) + 3);
		assertSelected(editor, units.start(4), units.end(4), "a click selects the sentence clicked into");
	}

	@Test
	void joiningAndSplittingSentencesIsSavedForEveryAnnotatorOfTheDocument() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		String text = editor.session().orElseThrow().document().text();
		SentenceUnits units = SentenceUnits.of(text);
		click(editor, units.start(0) + 3);
		run(SentenceMode.COMMAND_ID, Map.of());

		sentence("join");
		assertSelected(editor, units.start(0), units.end(1), "the joined sentence is selected");
		SentenceUnits shared = CorpusUnits.units(sampleCorpus(), DOCUMENT);
		assertEquals(units.count() - 1, shared.count(), "the join is in the corpus for everyone");

		click(editor, units.start(1) + 2);
		sentence("split");
		assertSelected(editor, units.start(0), units.end(0), "splitting at the old boundary restores the sentence");
		assertFalse(Files.exists(CorpusUnits.file(sampleCorpus(), DOCUMENT)), "no corrections left, no file");

		int word = text.indexOf(' ', units.start(2) + 10) + 1;
		click(editor, word + 1);
		sentence("split");
		assertSelected(editor, units.start(2), word - 1, "the first part of the split sentence is selected");
		assertEquals(units.count() + 1, CorpusUnits.units(sampleCorpus(), DOCUMENT).count());
	}

	@Test
	void movingToTheNextSentenceShowsOnlyThatSentenceSelectedOnItsWrappedLines() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		SentenceUnits units = SentenceUnits.of(editor.session().orElseThrow().document().text());
		int width = text.getClientArea().width;
		int i = 0;
		while (i + 1 < units.count() && !wrapsThenSharesALine(text, units, i)) {
			i++;
		}
		assertTrue(i + 1 < units.count(), "the sample document has two such sentences at this window width");
		click(editor, units.start(i) + 3);
		run(SentenceMode.COMMAND_ID, Map.of());
		assertSelected(editor, units.start(i), units.end(i), "the clicked sentence is selected");
		settle(text);

		sentence("next");
		assertSelected(editor, units.start(i + 1), units.end(i + 1), "Alt+Down selects the next sentence");
		ImageData shown = settle(text);
		RGB selected = text.getSelectionBackground().getRGB();
		Point before = text.getLocationAtOffset(units.start(i + 1));
		Point after = text.getLocationAtOffset(units.end(i + 1));
		int line = text.getLineHeight();
		assertTrue(selectedShare(shown, before.x + 4, before.y, line, selected) > 0.5,
				"the sentence is painted as selected");
		assertTrue(selectedShare(shown, before.x - 14, before.y, line, selected) < 0.2,
				"the end of the previous sentence is no longer painted as selected");
		assertTrue(selectedShare(shown, after.x + 8, after.y, line, selected) < 0.2,
				"the selection ends with the sentence, not at the end of the wrapped line");
		assertTrue(selectedShare(shown, width - 16, after.y, line, selected) < 0.2,
				"nor at the right edge of that line");
	}

	/**
	 * Whether sentence {@code i} runs over two or more wrapped lines and the next one starts on its last line (not at
	 * the left edge) and ends in the same paragraph well before the right edge.
	 */
	private static boolean wrapsThenSharesALine(StyledText text, SentenceUnits units, int i) {
		Point start = text.getLocationAtOffset(units.start(i));
		Point end = text.getLocationAtOffset(units.end(i));
		Point next = text.getLocationAtOffset(units.start(i + 1));
		Point nextEnd = text.getLocationAtOffset(units.end(i + 1));
		return start.y < end.y && end.y == next.y && next.x > 30 && nextEnd.x + 40 < text.getClientArea().width
				&& text.getLineAtOffset(units.start(i + 1)) == text.getLineAtOffset(units.end(i + 1));
	}

	/** Lets the display paint what is queued (without asking for a redraw) and reads the text back from the screen. */
	private static ImageData settle(StyledText text) throws InterruptedException {
		return UiTestSupport.onScreen(text, 500);
	}

	/** The share of the pixels of a box 10 pixels wide and one line high that have the selection's colour. */
	private static double selectedShare(ImageData data, int x, int y, int height, RGB colour) {
		int hits = 0;
		int all = 0;
		for (int dx = 0; dx < 10; dx++) {
			for (int dy = 1; dy < height - 1; dy++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x + dx, y + dy));
				all++;
				if (Math.abs(rgb.red - colour.red) + Math.abs(rgb.green - colour.green)
						+ Math.abs(rgb.blue - colour.blue) < 30) {
					hits++;
				}
			}
		}
		return (double) hits / all;
	}
}

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.editor.AnnotationEditor;

/**
 * An analyst's day in the editor: select, tag with a key, see the highlight, undo, redo, link a quote to its
 * speaker, save, reopen.
 */
class TaggingTest {
	private static final String DOCUMENT = "004_807306f16bda8665";
	private static final String TAG = "org.policyannotator.ui.command.tag";
	private static final String KEY = "org.policyannotator.ui.command.tag.key";

	@AfterEach
	void closeWithoutSaving() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		Corpus corpus = sampleCorpus();
		Files.deleteIfExists(corpus.setFile(AnnotatorIdentity.current(), DOCUMENT));
	}

	private static int offsetOf(AnnotationEditor editor, String phrase) {
		int offset = editor.session().orElseThrow().document().text().indexOf(phrase);
		assertTrue(offset >= 0, "the sample article contains " + phrase);
		return offset;
	}

	private static AnnotationEditor selectPhrase(String phrase) throws Exception {
		AnnotationEditor editor = (AnnotationEditor) page().getActiveEditor();
		editor.selectAndReveal(offsetOf(editor, phrase), phrase.length());
		processEvents();
		return editor;
	}

	private static RGB background(AnnotationEditor editor, int offset) {
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range == null || range.background == null ? null : range.background.getRGB();
	}

	@Test
	void keyOneTagsTheSelectionAsAClaimPaintedInTheClaimColour() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		String phrase = "China and South Korea are permanent neighbors";
		selectPhrase(phrase);

		run(TAG, Map.of(KEY, "1"));

		AnnotationSet set = editor.session().orElseThrow().set();
		assertEquals(1, set.size());
		Annotation claim = set.annotations().get(0);
		assertEquals("claim", claim.type());
		assertEquals(phrase, claim.firstSpan().quote());
		assertEquals(AnnotatorIdentity.current(), claim.annotator());
		assertTrue(editor.isDirty());
		editor.getSelectionProvider().setSelection(new org.eclipse.jface.text.TextSelection(0, 0));
		processEvents();
		int rgb = sampleCorpus().schema().tagType("claim").orElseThrow().rgb();
		assertEquals(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff),
				background(editor, claim.start() + 3), "the claim is filled with its colour");
		assertEquals(null, background(editor, claim.end() + 2), "text after the claim stays unpainted");
	}

	@Test
	void theSelectedAnnotationIsBoxedAndTheBoxMovesWithTheSelection() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		selectPhrase("four-point proposal");
		run(TAG, Map.of(KEY, "3"));
		selectPhrase("permanent neighbors");
		run(TAG, Map.of(KEY, "1"));
		AnnotationSet set = editor.session().orElseThrow().set();
		Annotation proposal = set.annotations().stream().filter(a -> a.type().equals("proposal")).findFirst()
				.orElseThrow();
		Annotation claim = set.annotations().stream().filter(a -> a.type().equals("claim")).findFirst().orElseThrow();
		StyledText text = (StyledText) editor.getAdapter(Control.class);

		editor.select(claim.id());
		processEvents();
		ImageData shown = UiTestSupport.onScreen(text, 500);
		assertTrue(darkEdge(shown, text, claim), "the selected claim has a dark box");
		assertFalse(darkEdge(shown, text, proposal), "the other annotation has none");

		editor.select(proposal.id());
		processEvents();
		shown = UiTestSupport.onScreen(text, 500);
		assertTrue(darkEdge(shown, text, proposal), "the box moved to the proposal");
		assertFalse(darkEdge(shown, text, claim), "and left the claim");
	}

	/**
	 * Whether the right edge of the annotation's last character is a dark vertical line (the box's side; the caret
	 * sits at the start).
	 */
	private static boolean darkEdge(ImageData shown, StyledText text, Annotation annotation) {
		org.eclipse.swt.graphics.Rectangle bounds = text.getTextBounds(annotation.end() - 1, annotation.end() - 1);
		int dark = 0;
		for (int y = bounds.y + 2; y < bounds.y + bounds.height - 2; y++) {
			RGB rgb = shown.palette.getRGB(shown.getPixel(bounds.x + bounds.width - 1, y));
			if (rgb.red + rgb.green + rgb.blue < 200) {
				dark++;
			}
		}
		return dark >= bounds.height - 5;
	}

	@Test
	void selectionIsTrimmedAndSnappedToWholeWords() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		int start = offsetOf(editor, "permanent neighbors");
		editor.selectAndReveal(start + 3, "manent neighb".length() + 1);
		processEvents();

		run(TAG, Map.of(KEY, "1"));

		assertEquals("permanent neighbors", editor.session().orElseThrow().set().annotations().get(0).firstSpan().quote());
	}

	@Test
	void undoRemovesTheTagAndRedoBringsItBack() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		selectPhrase("four-point proposal");
		run(TAG, Map.of(KEY, "3"));
		AnnotationSet set = editor.session().orElseThrow().set();
		assertEquals(1, set.size());

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		processEvents();
		assertEquals(0, set.size());
		assertFalse(editor.isDirty(), "undoing the only change leaves nothing to save");

		history.redo(editor.undoContext(), null, null);
		processEvents();
		assertEquals("proposal", set.annotations().get(0).type());
	}

	@Test
	void deleteRemovesTheAnnotationUnderTheCaret() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		selectPhrase("four-point proposal");
		run(TAG, Map.of(KEY, "3"));
		Annotation proposal = editor.session().orElseThrow().set().annotations().get(0);
		editor.selectAndReveal(proposal.start() + 2, 0);
		processEvents();

		run("org.policyannotator.ui.command.deleteAnnotation", Map.of());

		assertEquals(0, editor.session().orElseThrow().set().size());
	}

	@Test
	void aQuoteLinkedToItsSpeakerIsSavedAndReopened() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		selectPhrase("Xi");
		run(TAG, Map.of(KEY, "6"));
		Annotation speaker = editor.session().orElseThrow().set().annotations().get(0);
		String said = "China has consistently placed relations with South Korea high on its regional diplomatic agenda";
		selectPhrase(said);
		run(TAG, Map.of(KEY, "5"));
		Annotation quote = editor.selectedAnnotation().orElseThrow();
		assertEquals("quote", quote.type());

		Relation link = editor.link(quote.id(), "said-by", speaker.id());
		editor.doSave(null);
		processEvents();
		assertFalse(editor.isDirty());

		Corpus corpus = sampleCorpus();
		assertTrue(Files.exists(corpus.setFile(AnnotatorIdentity.current(), DOCUMENT)), "the set is on disk");
		String saved = Files.readString(corpus.setFile(AnnotatorIdentity.current(), DOCUMENT));
		assertTrue(saved.contains("said-by") && saved.contains(said), saved);

		page().closeAllEditors(false);
		processEvents();
		AnnotationEditor reopened = open(DOCUMENT);
		AnnotationSet set = reopened.session().orElseThrow().set();
		assertEquals(2, set.size());
		assertEquals(List.of(link), set.relationsFrom(quote.id()));
		reopened.selectAndReveal(0, 0);
		processEvents();
		int rgb = sampleCorpus().schema().tagType("quote").orElseThrow().rgb();
		assertEquals(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff), background(reopened, quote.start() + 3),
				"spans loaded from disk are painted when the document opens");
		reopened.select(quote.id());
		run("org.policyannotator.ui.command.followLink", Map.of());
		assertEquals(speaker.id(), reopened.selectedAnnotation().orElseThrow().id(), "following the link selects the speaker");
		assertNotNull(reopened);
	}
}

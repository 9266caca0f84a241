package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.CodeInfo;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.views.TagPaletteView;
import org.policyannotator.ui.views.details.AnnotationDetailsView;
import org.policyannotator.ui.views.details.DetailsForm;

/**
 * The tag palette with a codebook of hundreds of codes: a filter that matches most of them shows the topics with the
 * first match opened in its place; a narrower one shows every match open.
 */
class PaletteLargeCodebookTest {
	private Path root;
	private Path folder;

	@AfterEach
	void close() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		if (folder != null) {
			CorpusRegistry.getDefault().remove(folder);
		}
		if (root != null) {
			UiTestSupport.deleteTree(root);
		}
	}

	/** 12 topics with 25 subtopics each: "Topic 3" > "Topic 3 farming 7" (number 307). */
	private static Schema codebook() {
		List<TagType> codes = new ArrayList<>();
		for (int t = 1; t <= 12; t++) {
			codes.add(new TagType("t" + t, "Topic " + t, "#336699", "", "", List.of(), true, CodeInfo.under("", "" + t)));
			for (int s = 1; s <= 25; s++) {
				String word = s % 2 == 0 ? "farming" : "schools";
				codes.add(new TagType("t" + t + "-" + s, "Topic " + t + " " + word + " " + s, "#336699", "", "",
						List.of(), true, CodeInfo.under("t" + t, String.format("%d%02d", t, s))));
			}
		}
		return new Schema("large", codes, List.of());
	}

	@Test
	void aFilterMatchingMostCodesOpensOnlyTheFirstMatchAndANarrowOneOpensEveryMatch() throws Exception {
		root = Files.createTempDirectory("pa-large-codebook");
		Corpus corpus = Corpus.create(root.resolve("c"), "Large", codebook());
		folder = corpus.directory();
		corpus.addDocument(Document.of("d", "D", "Farmers met the minister. Schools reopened."));
		CorpusRegistry.getDefault().add(folder);
		page().openEditor(new DocumentEditorInput(folder, "d", "D"), ViewIds.ANNOTATION_EDITOR);
		TagPaletteView palette = (TagPaletteView) page().showView(ViewIds.TAG_PALETTE);
		processEvents();
		Tree tree = palette.viewer().getTree();

		palette.filter().setText("schools");
		processEvents();
		assertEquals(12, tree.getItemCount(), "the topics");
		List<TreeItem> open = Arrays.stream(tree.getItems()).filter(TreeItem::getExpanded).toList();
		assertEquals(List.of("1 Topic 1"), open.stream().map(i -> i.getText(0)).toList(),
				"only the first match's topic is open");
		assertEquals("101 Topic 1 schools 1", tree.getSelection()[0].getText(0), "the first match is selected");

		palette.filter().setText("farming 24");
		processEvents();
		assertEquals(12, tree.getItemCount());
		assertTrue(Arrays.stream(tree.getItems()).allMatch(TreeItem::getExpanded), "every match is shown open");
		assertEquals(List.of("124 Topic 1 farming 24"), Arrays.stream(tree.getItem(0).getItems()).map(i -> i.getText(0))
				.toList());
		assertEquals("124 Topic 1 farming 24", tree.getSelection()[0].getText(0));
	}

	@Test
	void theDetailsOfAnAnnotationNameItsCodeOnAButtonInsteadOfADropDownOfEveryCode() throws Exception {
		root = Files.createTempDirectory("pa-large-codebook");
		Corpus corpus = Corpus.create(root.resolve("c"), "Large", codebook());
		folder = corpus.directory();
		corpus.addDocument(Document.of("d", "D", "Farmers met the minister. Schools reopened."));
		CorpusRegistry.getDefault().add(folder);
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(new DocumentEditorInput(folder, "d", "D"),
				ViewIds.ANNOTATION_EDITOR);
		AnnotationDetailsView details = (AnnotationDetailsView) page().showView(ViewIds.ANNOTATION_DETAILS);
		page().activate(editor);
		editor.tagSpan("t3-7", 26, 43);
		editor.selectAndReveal(30, 0);
		processEvents();

		DetailsForm form = details.form().orElseThrow(() -> new AssertionError("the details show no annotation"));
		assertTrue(form.typeCombo().isEmpty(), "no drop-down of 312 codes");
		Button type = assertInstanceOf(Button.class, form.typeControl());
		assertEquals("307 Topic 3 schools 7 \u25BE", type.getText());
	}
}

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.views.TagPaletteView;

/** Choosing a type in the tag palette tags the text selected in the editor. */
class TagPaletteTest {

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void applyingAPaletteTypeTagsTheEditorsSelectionAndGivesTheEditorBackTheFocus() throws Exception {
		AnnotationEditor editor = open("003_977224e94903f02a");
		String phrase = "strategic cooperative partnership";
		editor.selectAndReveal(editor.session().orElseThrow().document().text().indexOf(phrase), phrase.length());
		processEvents();
		TagPaletteView palette = (TagPaletteView) page().showView(ViewIds.TAG_PALETTE);

		palette.apply((TagType) palette.viewer().getElementAt(2));

		assertEquals("proposal", editor.session().orElseThrow().set().annotations().get(0).type());
		assertEquals(phrase, editor.session().orElseThrow().set().annotations().get(0).firstSpan().quote());
		assertEquals(editor, page().getActivePart());
	}
}

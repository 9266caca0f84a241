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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.policyannotator.ui.preferences.RecentCodes;
import org.policyannotator.ui.views.TagPaletteView;

/** Choosing a type in the tag palette, or finding it with the filter, tags the text selected in the editor. */
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
		RecentCodes.clear();
		TagPaletteView palette = (TagPaletteView) page().showView(ViewIds.TAG_PALETTE);
		palette.filter().setText("");
		processEvents();

		palette.apply((TagType) palette.viewer().getTree().getItem(2).getData());

		assertEquals("proposal", editor.session().orElseThrow().set().annotations().get(0).type());
		assertEquals(phrase, editor.session().orElseThrow().set().annotations().get(0).firstSpan().quote());
		assertEquals(editor, page().getActivePart());
	}

	@Test
	void typingInTheFilterAndPressingEnterTagsWithTheFirstMatchWhichThenComesOnTop() throws Exception {
		RecentCodes.clear();
		AnnotationEditor editor = open("003_977224e94903f02a");
		String phrase = "strategic cooperative partnership";
		editor.selectAndReveal(editor.session().orElseThrow().document().text().indexOf(phrase), phrase.length());
		processEvents();
		TagPaletteView palette = (TagPaletteView) page().showView(ViewIds.TAG_PALETTE);

		palette.filter().setText("stat");
		processEvents();
		assertEquals(1, palette.viewer().getTree().getItemCount(), "only Statistic matches");
		palette.filter().notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		assertEquals("statistic", editor.session().orElseThrow().set().annotations().get(0).type());
		palette.filter().setText("");
		processEvents();
		TreeItem first = palette.viewer().getTree().getItem(0);
		assertEquals("Recently used", first.getText(0));
		assertEquals("Statistic", first.getItem(0).getText(0));
	}
}

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.DOCUMENT;
import static org.policyannotator.ui.tests.AnnotationSteps.tag;
import static org.policyannotator.ui.tests.AnnotationSteps.undo;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.outline.AnnotationOutlinePage;

/** The Outline view: the editor's annotations grouped by tag type with counts; a click selects in the editor. */
class OutlineTest {

	@AfterEach
	void cleanUp() throws Exception {
		AnnotationSteps.closeAndForget();
	}

	private static List<String> groups(Tree tree) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			texts.add(item.getText());
		}
		return texts;
	}

	@Test
	void theOutlineGroupsAnnotationsByTypeWithCountsAndAClickSelectsInTheEditor() throws Exception {
		assertNotNull(page().findView(IPageLayout.ID_OUTLINE), "the Annotation perspective shows the Outline");
		AnnotationEditor editor = open(DOCUMENT);
		Annotation claim = tag(editor, "China and South Korea are permanent neighbors", "1");
		tag(editor, "four-point proposal", "3");
		tag(editor, "strategic cooperative partnership", "1");
		AnnotationOutlinePage outline = assertInstanceOf(AnnotationOutlinePage.class,
				editor.getAdapter(IContentOutlinePage.class));
		processEvents();
		Tree tree = outline.viewer().getTree();

		assertEquals(List.of("Claim (2)", "Proposal (1)"), groups(tree));
		for (TreeItem group : tree.getItems()) {
			assertTrue(group.getExpanded(), group.getText() + " is expanded");
		}

		undo(editor);
		assertEquals(List.of("Claim (1)", "Proposal (1)"), groups(tree), "the outline follows undo");

		outline.viewer().setSelection(new StructuredSelection(claim), true);
		processEvents();
		assertEquals(claim.id(), editor.selectedAnnotation().orElseThrow().id());
	}
}

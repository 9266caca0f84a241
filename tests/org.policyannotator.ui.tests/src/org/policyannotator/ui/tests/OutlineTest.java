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

	private static List<String> children(TreeItem group) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : group.getItems()) {
			texts.add(item.getText());
		}
		return texts;
	}

	@Test
	void retypeDeleteAndUndoMoveOneRowBetweenGroupsAndKeepTheCountsAndTheOrder() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		tag(editor, "four-point proposal", "3");
		tag(editor, "strategic cooperative partnership", "1");
		Annotation neighbours = tag(editor, "China and South Korea are permanent neighbors", "1");
		AnnotationOutlinePage outline = assertInstanceOf(AnnotationOutlinePage.class,
				editor.getAdapter(IContentOutlinePage.class));
		processEvents();
		Tree tree = outline.viewer().getTree();
		assertEquals(List.of("Claim (2)", "Proposal (1)"), groups(tree));
		assertEquals(List.of("China and South Korea are permanent neighbors", "strategic cooperative partnership"),
				children(tree.getItem(0)), "claims in text order");
		assertEquals(1, tree.getSelectionCount(), "the new annotation is selected in the outline");
		assertEquals("China and South Korea are permanent neighbors", tree.getSelection()[0].getText());

		editor.selectAndReveal(neighbours.start() + 2, 0);
		processEvents();
		UiTestSupport.run("org.policyannotator.ui.command.tag", java.util.Map.of("org.policyannotator.ui.command.tag.key", "3"));
		assertEquals(List.of("Claim (1)", "Proposal (2)"), groups(tree), "retyping moves the row to its new group");
		assertEquals(List.of("China and South Korea are permanent neighbors", "four-point proposal"),
				children(tree.getItem(1)));
		assertEquals(List.of("strategic cooperative partnership"), children(tree.getItem(0)));

		UiTestSupport.run("org.policyannotator.ui.command.deleteAnnotation", java.util.Map.of());
		assertEquals(List.of("Claim (1)", "Proposal (1)"), groups(tree), "deleting removes the row");
		assertEquals(List.of("four-point proposal"), children(tree.getItem(1)));

		undo(editor);
		assertEquals(List.of("Claim (1)", "Proposal (2)"), groups(tree), "undo brings the row back");
		undo(editor);
		assertEquals(List.of("Claim (2)", "Proposal (1)"), groups(tree), "undo of the retype moves it back");
		assertEquals(List.of("China and South Korea are permanent neighbors", "strategic cooperative partnership"),
				children(tree.getItem(0)));

		undo(editor);
		undo(editor);
		assertEquals(List.of("Proposal (1)"), groups(tree), "a group without annotations goes");
		AnnotationSteps.redo(editor);
		assertEquals(List.of("Claim (1)", "Proposal (1)"), groups(tree), "and comes back in schema order");

		Annotation strategic = editor.session().orElseThrow().set().annotations().stream()
				.filter(x -> x.type().equals("claim")).findFirst().orElseThrow();
		editor.selectAndReveal(strategic.start() + 2, 0);
		processEvents();
		UiTestSupport.run("org.policyannotator.ui.command.tag", java.util.Map.of("org.policyannotator.ui.command.tag.key", "3"));
		assertEquals(List.of("Proposal (2)"), groups(tree), "retyping the last claim takes its group away");
		assertEquals(List.of("four-point proposal", "strategic cooperative partnership"), children(tree.getItem(0)),
				"the retyped annotation is listed once");
		UiTestSupport.run("org.policyannotator.ui.command.deleteAnnotation", java.util.Map.of());
		assertEquals(List.of("Proposal (1)"), groups(tree));
		assertEquals(List.of("four-point proposal"), children(tree.getItem(0)));
	}
}

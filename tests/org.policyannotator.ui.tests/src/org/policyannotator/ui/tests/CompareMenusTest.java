package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusNavigatorView;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.feedback.FeedbackView;

/** Where users find the comparison and the feedback view. */
class CompareMenusTest {

	@AfterEach
	void hideFeedback() {
		IViewPart feedback = page().findView(FeedbackView.ID);
		if (feedback != null) {
			page().hideView(feedback);
		}
		processEvents();
	}

	@Test
	void theNavigatorsContextMenuOffersCompareAnnotatorsOnADocumentOnly() throws Exception {
		CorpusNavigatorView navigator = (CorpusNavigatorView) page().showView(ViewIds.CORPUS_NAVIGATOR);
		navigator.viewer().expandAll();
		processEvents();
		TreeItem corpus = navigator.viewer().getTree().getItem(0);
		Object document = Arrays.stream(corpus.getItems()).map(TreeItem::getData)
				.filter(DocumentNode.class::isInstance).findFirst().orElseThrow();

		navigator.viewer().setSelection(new StructuredSelection(document));
		processEvents();
		assertTrue(item(navigator.viewer().getControl().getMenu(), "Compare Annotators").isPresent());

		navigator.viewer().setSelection(new StructuredSelection(corpus.getData()));
		processEvents();
		assertFalse(item(navigator.viewer().getControl().getMenu(), "Compare Annotators").isPresent(),
				"a corpus is not compared as a whole here");
	}

	@Test
	void windowShowFeedbackOpensTheFeedbackView() {
		Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
		MenuItem window = item(bar, "Window").orElseThrow();
		MenuItem show = item(window.getMenu(), "Show Feedback").orElseThrow();
		show.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertNotNull(page().findView(FeedbackView.ID));
	}

	private static Optional<MenuItem> item(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		Optional<MenuItem> found = Arrays.stream(menu.getItems())
				.filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst();
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
		return found;
	}
}

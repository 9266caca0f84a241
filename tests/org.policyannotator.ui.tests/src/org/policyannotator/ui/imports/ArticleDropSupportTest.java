package org.policyannotator.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.dnd.DND;
import org.junit.jupiter.api.Test;

/**
 * Files dropped on the navigator are copied, never moved: a drop with no key pressed (SWT's "default") or a move
 * becomes a copy where the source allows one. Left at "default", GTK refused the drop from a source that offers only
 * a copy, and nothing happened (seen under Xvfb with a GTK drag source).
 */
class ArticleDropSupportTest {

	@Test
	void aDropWithNoKeyPressedOrAMoveBecomesACopyWhereTheSourceAllowsOne() {
		assertEquals(DND.DROP_COPY, ArticleDropSupport.copyOperation(DND.DROP_DEFAULT, DND.DROP_COPY));
		assertEquals(DND.DROP_COPY, ArticleDropSupport.copyOperation(DND.DROP_MOVE, DND.DROP_COPY | DND.DROP_MOVE));
		assertEquals(DND.DROP_COPY, ArticleDropSupport.copyOperation(DND.DROP_COPY, DND.DROP_COPY));
	}

	@Test
	void aSourceThatAllowsNoCopyKeepsItsOperation() {
		assertEquals(DND.DROP_DEFAULT, ArticleDropSupport.copyOperation(DND.DROP_DEFAULT, DND.DROP_MOVE));
		assertEquals(DND.DROP_LINK, ArticleDropSupport.copyOperation(DND.DROP_LINK, DND.DROP_LINK | DND.DROP_COPY));
	}
}

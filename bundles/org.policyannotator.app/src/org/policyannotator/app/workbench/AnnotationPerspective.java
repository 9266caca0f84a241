package org.policyannotator.app.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.policyannotator.ui.ViewIds;

/**
 * The Annotation perspective: corpus navigator with the outline below it on the left, the editor in the middle, tag palette and
 * annotation details on the right, the annotations table at the bottom.
 */
public final class AnnotationPerspective implements IPerspectiveFactory {
	public static final String ID = "org.policyannotator.app.perspective.annotation";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		layout.addView(ViewIds.CORPUS_NAVIGATOR, IPageLayout.LEFT, 0.22f, editorArea);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.55f, ViewIds.CORPUS_NAVIGATOR);

		IFolderLayout right = layout.createFolder("org.policyannotator.app.folder.right", IPageLayout.RIGHT, 0.74f, editorArea);
		right.addView(ViewIds.TAG_PALETTE);
		IFolderLayout details = layout.createFolder("org.policyannotator.app.folder.details", IPageLayout.BOTTOM, 0.45f,
				ViewIds.TAG_PALETTE);
		details.addView(ViewIds.ANNOTATION_DETAILS);

		IFolderLayout bottom = layout.createFolder("org.policyannotator.app.folder.bottom", IPageLayout.BOTTOM, 0.60f, editorArea);
		bottom.addView(ViewIds.ANNOTATIONS);
		bottom.addPlaceholder(org.policyannotator.ui.search.SearchView.ID);
		bottom.addPlaceholder(org.policyannotator.ui.codes.CodeMatrixView.ID);
		bottom.addPlaceholder(org.policyannotator.ui.suggest.SuggestionRulesView.ID); // a wide table: its counts show

		layout.addShowViewShortcut(ViewIds.CORPUS_NAVIGATOR);
		layout.addShowViewShortcut(ViewIds.TAG_PALETTE);
		layout.addShowViewShortcut(ViewIds.ANNOTATION_DETAILS);
		layout.addShowViewShortcut(ViewIds.ANNOTATIONS);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut("org.policyannotator.ui.view.feedback");
		layout.addShowViewShortcut(org.policyannotator.ui.search.SearchView.ID);
		layout.addShowViewShortcut(org.policyannotator.ui.codes.CodeMatrixView.ID);
		layout.addNewWizardShortcut(ViewIds.NEW_CORPUS_WIZARD);
	}
}

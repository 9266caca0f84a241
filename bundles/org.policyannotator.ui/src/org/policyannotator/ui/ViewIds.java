package org.policyannotator.ui;

/** Qualified ids of the views and the editor that the Annotation perspective lays out. */
public final class ViewIds {
	public static final String CORPUS_NAVIGATOR = "org.policyannotator.ui.view.corpusNavigator";
	public static final String TAG_PALETTE = "org.policyannotator.ui.view.tagPalette";
	public static final String ANNOTATION_DETAILS = "org.policyannotator.ui.view.annotationDetails";
	public static final String ANNOTATIONS = "org.policyannotator.ui.view.annotations";
	public static final String NEW_CORPUS_WIZARD = "org.policyannotator.ui.wizard.newCorpus";
	public static final String ANNOTATION_EDITOR = "org.policyannotator.ui.editor.annotation";

	private ViewIds() {
	}
}

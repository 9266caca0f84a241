package org.policyannotator.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.ui.AnnotatorIdentity;

/** Window > Preferences > Policy Annotator: the annotator name (a valid corpus id) and snapping to words. */
public final class AnnotationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	private StringFieldEditor annotator;

	public AnnotationPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AnnotatorIdentity.PREFERENCE_NODE));
		setDescription("Your annotations are saved under your annotator name: annotations/<name>/<document>.json.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}

	@Override
	protected void createFieldEditors() {
		annotator = new StringFieldEditor(AnnotatorIdentity.KEY, "&Annotator name:", getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				return DocumentIds.isValid(getStringValue().strip());
			}
		};
		annotator.setEmptyStringAllowed(false);
		annotator.setErrorMessage("The annotator name must be 1-100 ASCII letters, digits, '.', '_' or '-',"
				+ " starting with a letter or digit");
		addField(annotator);
		addField(new BooleanFieldEditor(AnnotationPreferences.SNAP_TO_WORDS,
				"&Snap selections to word boundaries when tagging", getFieldEditorParent()));
	}

	@Override
	protected void initialize() {
		super.initialize();
		if (annotator.getStringValue().isBlank()) {
			annotator.setStringValue(AnnotatorIdentity.current());
		}
	}

	/** The annotator field (for tests). */
	public StringFieldEditor annotatorField() {
		return annotator;
	}
}

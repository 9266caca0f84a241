package org.policyannotator.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.policyannotator.ui.AnnotatorIdentity;

/** Defaults of the annotation preferences: snap to words on, no annotator name chosen yet. */
public final class AnnotationPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		var defaults = DefaultScope.INSTANCE.getNode(AnnotatorIdentity.PREFERENCE_NODE);
		defaults.putBoolean(AnnotationPreferences.SNAP_TO_WORDS, true);
		defaults.put(AnnotatorIdentity.KEY, "");
	}
}

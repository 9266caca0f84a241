package org.policyannotator.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.policyannotator.ui.AnnotatorIdentity;

/** The user's annotation settings, kept in the workspace preferences. */
public final class AnnotationPreferences {
	public static final String SNAP_TO_WORDS = "snapToWords";

	private AnnotationPreferences() {
	}

	/** Whether a selection is widened to whole words before it is tagged (default: yes). */
	public static boolean snapToWords() {
		return InstanceScope.INSTANCE.getNode(AnnotatorIdentity.PREFERENCE_NODE).getBoolean(SNAP_TO_WORDS, true);
	}
}

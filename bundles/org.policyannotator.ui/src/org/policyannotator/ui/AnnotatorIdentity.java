package org.policyannotator.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.policyannotator.model.DocumentIds;

/**
 * Who is annotating: a name kept in the workspace preferences, under which the annotations are saved
 * ({@code annotations/<annotator>/...}). The system property {@code policyannotator.annotator} overrides it.
 */
public final class AnnotatorIdentity {
	public static final String PREFERENCE_NODE = "org.policyannotator.ui";
	public static final String KEY = "annotator";

	private AnnotatorIdentity() {
	}

	/** Whether the user has chosen a name (or one is given on the command line). */
	public static boolean isChosen() {
		return System.getProperty("policyannotator.annotator") != null || !preferences().get(KEY, "").isBlank();
	}

	/** The current annotator: the chosen name, or the operating-system user name until one is chosen. */
	public static String current() {
		String forced = System.getProperty("policyannotator.annotator");
		if (forced != null && !forced.isBlank()) {
			return sanitize(forced);
		}
		String stored = preferences().get(KEY, "");
		return sanitize(stored.isBlank() ? System.getProperty("user.name", "annotator") : stored);
	}

	/** Chooses the annotator name. */
	public static void choose(String name) {
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, sanitize(name));
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("Could not save the annotator name: " + e.getMessage(), e);
		}
	}

	/** The name as the corpus stores it: kept when it is a valid id, otherwise made into one. */
	public static String sanitize(String name) {
		String stripped = name.strip();
		return DocumentIds.isValid(stripped) ? stripped : DocumentIds.fromTitle(stripped.isEmpty() ? "annotator" : stripped);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
	}
}

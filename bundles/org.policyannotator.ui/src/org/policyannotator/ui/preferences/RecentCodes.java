package org.policyannotator.ui.preferences;

import java.util.ArrayList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.policyannotator.ui.AnnotatorIdentity;

/**
 * The codes this user tagged with last, newest first, kept across sessions in the user's preferences, so that the
 * tag palette can offer them on top. Called on the UI thread.
 */
public final class RecentCodes {
	/** How many codes are remembered. */
	public static final int SIZE = 8;
	private static final String KEY = "palette.recent";
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	private RecentCodes() {
	}

	/** The remembered tag type ids, newest first. */
	public static List<String> ids() {
		String stored = preferences().get(KEY, "");
		return stored.isBlank() ? List.of() : List.of(stored.split(","));
	}

	/** Remembers that the user tagged with {@code typeId}. */
	public static void used(String typeId) {
		List<String> before = ids();
		if (!before.isEmpty() && before.get(0).equals(typeId)) {
			return;
		}
		LinkedHashSet<String> order = new LinkedHashSet<>();
		order.add(typeId);
		order.addAll(before);
		List<String> kept = new ArrayList<>(order).subList(0, Math.min(SIZE, order.size()));
		// no flush here: tagging must not wait for a disk write; the workbench saves preferences when it closes
		preferences().put(KEY, String.join(",", kept));
		LISTENERS.forEach(Runnable::run);
	}

	/** Forgets the list (tests, a new user). */
	public static void clear() {
		preferences().remove(KEY);
		LISTENERS.forEach(Runnable::run);
	}

	/** Calls {@code listener} whenever the list changes; remove it with {@link #removeListener}. */
	public static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	/** Stops calling {@code listener}. */
	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(AnnotatorIdentity.PREFERENCE_NODE);
	}
}

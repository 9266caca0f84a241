package org.policyannotator.ui.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.policyannotator.model.corpus.Corpus;

/**
 * The corpora the user works with: folders remembered in the workspace preferences, each opened once and
 * shared by the navigator, the editors and the views.
 */
public final class CorpusRegistry {
	private static final String PREFERENCE_NODE = "org.policyannotator.ui";
	private static final String KEY_CORPORA = "corpora";
	private static final CorpusRegistry DEFAULT = new CorpusRegistry();

	private final Map<Path, Corpus> open = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private CorpusRegistry() {
	}

	public static CorpusRegistry getDefault() {
		return DEFAULT;
	}

	/** The remembered corpus folders that still exist, in the order they were added. */
	public List<Path> folders() {
		String stored = preferences().get(KEY_CORPORA, "");
		List<Path> folders = new ArrayList<>();
		for (String line : stored.split("\n")) {
			if (!line.isBlank()) {
				Path folder = Path.of(line);
				if (Files.isDirectory(folder) && !folders.contains(folder)) {
					folders.add(folder);
				}
			}
		}
		return folders;
	}

	/** Remembers a corpus folder (once) and tells the listeners. */
	public void add(Path folder) {
		Path normalized = folder.toAbsolutePath().normalize();
		List<Path> folders = folders();
		if (folders.contains(normalized)) {
			return;
		}
		folders.add(normalized);
		store(folders);
		fireChanged();
	}

	/** Forgets a corpus folder (the folder itself is left alone). */
	public void remove(Path folder) {
		Path normalized = folder.toAbsolutePath().normalize();
		List<Path> folders = folders();
		if (folders.remove(normalized)) {
			open.remove(normalized);
			store(folders);
			fireChanged();
		}
	}

	/** The opened corpus in a folder; opened on first use. */
	public Corpus corpus(Path folder) throws IOException {
		Path normalized = folder.toAbsolutePath().normalize();
		Corpus corpus = open.get(normalized);
		if (corpus == null) {
			corpus = Corpus.open(normalized);
			open.put(normalized, corpus);
		}
		return corpus;
	}

	/** Forgets the opened corpus of a folder so that the next use reads it again (after a rename). */
	public void reopen(Path folder) {
		open.remove(folder.toAbsolutePath().normalize());
		fireChanged();
	}

	/** Tells the listeners that the corpora's contents changed (documents imported, sets saved). */
	public void refresh() {
		fireChanged();
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void fireChanged() {
		listeners.forEach(Runnable::run);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
	}

	private static void store(List<Path> folders) {
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY_CORPORA, String.join("\n", folders.stream().map(Path::toString).toList()));
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("Could not save the list of corpora: " + e.getMessage(), e);
		}
	}
}

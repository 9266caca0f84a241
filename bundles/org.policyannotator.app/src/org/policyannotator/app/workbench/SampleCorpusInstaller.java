package org.policyannotator.app.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;
import org.policyannotator.app.sample.SampleCorpus;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * On the first start in a workspace, creates the sample corpus under {@code <workspace>/corpora/sample} and adds
 * it to the navigator. A user who later removes it does not get it back.
 */
final class SampleCorpusInstaller {
	private static final String KEY_INSTALLED = "sampleCorpusInstalled";
	private static final String ENTRY_FOLDER = "sample-corpus";

	private SampleCorpusInstaller() {
	}

	static void installOnFirstStart() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.policyannotator.app");
		if (preferences.getBoolean(KEY_INSTALLED, false)) {
			return;
		}
		try {
			Path folder = Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("corpora").resolve("sample");
			if (!Files.exists(folder.resolve("corpus.json"))) {
				SampleCorpus.create(folder, shippedFiles());
			}
			CorpusRegistry.getDefault().add(folder);
			preferences.putBoolean(KEY_INSTALLED, true);
			preferences.flush();
		} catch (IOException | BackingStoreException | RuntimeException | java.net.URISyntaxException e) {
			ILog.of(SampleCorpusInstaller.class).error("Could not install the sample corpus: " + e.getMessage(), e);
		}
	}

	private static Map<String, String> shippedFiles() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(SampleCorpusInstaller.class);
		Map<String, String> files = new HashMap<>();
		Enumeration<URL> entries = bundle.findEntries(ENTRY_FOLDER, "*", false);
		while (entries != null && entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			String path = entry.getPath();
			if (path.endsWith("/")) {
				continue;
			}
			try (InputStream in = entry.openStream()) {
				files.put(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}

package org.policyannotator.app.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes the first start of a build loaded until the workbench window showed, in the order it loaded them: the
 * product's launcher has the JVM write them on that start ({@code -Xlog:class+load}, one
 * {@code <class> source: <location>} a line), and the workbench marks the moment its window showed by loading
 * {@link WindowShown}. Classes made at run time (lambdas, proxies) have no location to load them from and are left out.
 */
final class StartupClassList {
	private static final String SOURCE = " source: ";

	/** Loaded once the window shows: the end of the list. */
	static final class WindowShown {
		private WindowShown() {
		}
	}

	private StartupClassList() {
	}

	/** Marks, in the list being recorded, that the window shows now. */
	static void windowShown() {
		WindowShown.class.getName();
	}

	/**
	 * The classes recorded after {@code after} (which the caller has loaded itself, as everything before it) and
	 * before the window showed.
	 */
	static List<RecordedClass> read(Path file, String after) throws IOException {
		List<RecordedClass> all = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				int at = line.indexOf(SOURCE);
				if (at <= 0) {
					continue;
				}
				String name = line.substring(0, at);
				if (name.equals(WindowShown.class.getName())) {
					break;
				}
				if (name.equals(after)) {
					all.clear();
					continue;
				}
				String source = line.substring(at + SOURCE.length()).strip();
				// hidden classes (lambdas) have a '/' in their name; proxies and classes defined at run time have no
				// location ("__JVM_LookupDefineClass__", "__dynamic_proxy__", "instance of ...")
				if (name.indexOf('/') < 0 && name.indexOf(' ') < 0
						&& (source.startsWith("file:") || source.startsWith("jrt:/")
								|| source.equals("shared objects file"))) {
					all.add(new RecordedClass(name, source));
				}
			}
		}
		return all;
	}
}

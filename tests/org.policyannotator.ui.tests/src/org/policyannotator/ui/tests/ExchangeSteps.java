package org.policyannotator.ui.tests;

import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.policyannotator.model.Annotation;
import org.policyannotator.ui.editor.AnnotationEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Steps the export and import wizard tests share: a saved claim in the sample corpus, running wizards, JSON. */
final class ExchangeSteps {
	static final String PHRASE = "China and South Korea are permanent neighbors";
	static final ObjectMapper JSON = new ObjectMapper();

	private ExchangeSteps() {
	}

	/** Tags {@link #PHRASE} as a claim in the sample document and saves the set, as an analyst would. */
	static Annotation saveClaim() throws Exception {
		AnnotationEditor editor = open(AnnotationSteps.DOCUMENT);
		Annotation claim = AnnotationSteps.tag(editor, PHRASE, "1");
		editor.doSave(null);
		processEvents();
		return claim;
	}

	/** Runs wizard work in the test's thread, as the wizard dialog would with a progress bar. */
	static IRunnableContext synchronous() {
		return (fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor());
	}

	/** Runs wizard work with a monitor on which the user has already pressed Cancel. */
	static IRunnableContext cancelled() {
		return (fork, cancelable, runnable) -> {
			NullProgressMonitor monitor = new NullProgressMonitor();
			monitor.setCanceled(true);
			runnable.run(monitor);
		};
	}

	static List<JsonNode> jsonLines(Path file) throws IOException {
		List<JsonNode> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				lines.add(JSON.readTree(line));
			}
		}
		return lines;
	}

	/** The first element of an array whose field has this value. */
	static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode element : array) {
			if (value.equals(element.path(field).asText())) {
				return element;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + array);
	}

	static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}

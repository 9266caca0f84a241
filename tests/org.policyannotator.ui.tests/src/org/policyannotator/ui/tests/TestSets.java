package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;

/** Builds annotators' sets with the model API and removes their files afterwards. */
final class TestSets {
	private TestSets() {
	}

	/** Adds an annotation of {@code phrase} (its first occurrence, or the part of it given by {@code from}). */
	static Annotation tag(AnnotationSet set, Document document, String type, String phrase) {
		return tag(set, document, type, phrase, Map.of());
	}

	static Annotation tag(AnnotationSet set, Document document, String type, String phrase,
			Map<String, String> attributes) {
		int start = document.text().indexOf(phrase);
		assertTrue(start >= 0, "the document contains " + phrase);
		Annotation annotation = Annotation.of(set.newId(), type,
				List.of(Span.of(document.text(), start, start + phrase.length())), set.annotator(), Instant.now());
		for (Map.Entry<String, String> e : attributes.entrySet()) {
			annotation = annotation.withAttribute(e.getKey(), new AttributeValue.Text(e.getValue()), Instant.now());
		}
		set.add(annotation);
		return annotation;
	}

	/** Deletes the set file (and its lock file), and the annotator's folder when nothing else is left in it. */
	static void forget(Corpus corpus, String annotator, String documentId, boolean folderToo) throws IOException {
		Path file = corpus.setFile(annotator, documentId);
		Files.deleteIfExists(file);
		Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".lock"));
		if (folderToo) {
			try {
				Files.deleteIfExists(file.getParent());
			} catch (DirectoryNotEmptyException e) {
				// other documents' sets of this annotator stay
			}
		}
	}

	/** Offset of the first occurrence of {@code phrase}. */
	static int offset(Document document, String phrase) {
		int start = document.text().indexOf(phrase);
		assertTrue(start >= 0, "the document contains " + phrase);
		return start;
	}
}

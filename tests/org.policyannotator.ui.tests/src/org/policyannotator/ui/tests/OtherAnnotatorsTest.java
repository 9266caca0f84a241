package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.editor.AnnotationEditor;

/** A team member looks at a colleague's tags of the same article without being able to change them. */
class OtherAnnotatorsTest {
	private static final String DOCUMENT = "002_a7463d941242a46e";

	@AfterEach
	void removeColleaguesSet() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		Files.deleteIfExists(sampleCorpus().setFile("bob", DOCUMENT));
	}

	@Test
	void showingOtherAnnotatorsDrawsTheirSpansAsSquigglesAndHidingRemovesThem() throws Exception {
		Corpus corpus = sampleCorpus();
		Document document = corpus.loadDocument(DOCUMENT);
		String phrase = "Chinese President Xi Jinping";
		int start = document.text().indexOf(phrase);
		AnnotationSet bobs = new AnnotationSet("bob", DOCUMENT, document.sha256());
		bobs.add(org.policyannotator.model.Annotation.of(bobs.newId(), "speaker",
				List.of(Span.of(document.text(), start, start + phrase.length())), "bob", Instant.now()));
		corpus.saveSet(bobs);

		AnnotationEditor editor = open(DOCUMENT);
		assertEquals(List.of(), otherTypes(editor));

		run("org.policyannotator.ui.command.showOtherAnnotators", Map.of());
		assertEquals(List.of("org.policyannotator.ui.span.speaker.other"), otherTypes(editor));
		assertEquals("bob", editor.otherAnnotationsAt(start + 2).get(0).annotator());
		assertTrue(editor.session().orElseThrow().set().isEmpty(), "the colleague's tags are not copied into mine");

		run("org.policyannotator.ui.command.showOtherAnnotators", Map.of());
		assertEquals(List.of(), otherTypes(editor));
	}

	private static List<String> otherTypes(AnnotationEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> types = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			String type = it.next().getType();
			if (type.endsWith(".other")) {
				types.add(type);
			}
		}
		return types;
	}
}

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;
import org.policyannotator.ui.editor.AnnotationEditor;

/** Correcting a tag: retype it with a key, extend and shrink it by words, make it discontinuous. */
class SpanEditingTest {
	private static final String DOCUMENT = "004_807306f16bda8665";
	private static final String KEY = "org.policyannotator.ui.command.tag.key";
	private static final String ADJUST = "org.policyannotator.ui.command.adjustSpan";

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		processEvents();
	}

	private static Annotation tag(AnnotationEditor editor, String phrase, String key) throws Exception {
		int at = editor.session().orElseThrow().document().text().indexOf(phrase);
		editor.selectAndReveal(at, phrase.length());
		processEvents();
		run("org.policyannotator.ui.command.tag", Map.of(KEY, key));
		return editor.selectedAnnotation().orElseThrow();
	}

	@Test
	void aKeyWithTheCaretOnATagRetypesIt() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation tagged = tag(editor, "permanent neighbors", "1");
		editor.selectAndReveal(tagged.start() + 1, 0);
		processEvents();

		run("org.policyannotator.ui.command.tag", Map.of(KEY, "2"));

		List<Annotation> all = editor.session().orElseThrow().set().annotations();
		assertEquals(1, all.size());
		assertEquals("statistic", all.get(0).type());
		assertEquals("permanent neighbors", all.get(0).firstSpan().quote());
	}

	@Test
	void theEndOfASpanGrowsAndShrinksByWholeWords() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		tag(editor, "China and South Korea", "1");

		run(ADJUST, Map.of(ADJUST + ".edge", "end", ADJUST + ".direction", "grow"));
		assertEquals("China and South Korea are", editor.selectedAnnotation().orElseThrow().firstSpan().quote());

		run(ADJUST, Map.of(ADJUST + ".edge", "end", ADJUST + ".direction", "shrink"));
		run(ADJUST, Map.of(ADJUST + ".edge", "end", ADJUST + ".direction", "shrink"));
		assertEquals("China and South", editor.selectedAnnotation().orElseThrow().firstSpan().quote());
	}

	@Test
	void aSecondSelectionBecomesAFurtherPartOfTheLastTag() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		tag(editor, "China and South Korea", "5");
		String text = editor.session().orElseThrow().document().text();
		int later = text.indexOf("inseparable cooperation partners");
		editor.selectAndReveal(later, "inseparable cooperation partners".length());
		processEvents();

		run("org.policyannotator.ui.command.addPart", Map.of());

		Annotation quote = editor.session().orElseThrow().set().annotations().get(0);
		assertEquals(List.of("China and South Korea", "inseparable cooperation partners"),
				quote.spans().stream().map(Span::quote).toList());
	}
}

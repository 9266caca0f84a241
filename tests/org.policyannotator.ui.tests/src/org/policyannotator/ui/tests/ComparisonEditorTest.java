package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.TestSets.offset;
import static org.policyannotator.ui.tests.TestSets.tag;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;
import static org.policyannotator.ui.tests.UiTestSupport.sampleFolder;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.compare.ComparisonEditor;
import org.policyannotator.ui.compare.ComparisonInput;
import org.policyannotator.ui.compare.ComparisonSession;
import org.policyannotator.ui.compare.Difference;
import org.policyannotator.ui.compare.DifferenceKind;

/** Two team members tagged the same article; the curator looks at their disagreements and merges them. */
class ComparisonEditorTest {
	private static final String DOCUMENT = "003_977224e94903f02a";
	private static final String XI = "Chinese President Xi Jinping";
	private static final String LEE = "South Korean President Lee Jae-myung";
	private static final String YEARS = "11 years";
	private static final String NEIGHBORS = "China and South Korea are important neighbors";
	private static final String TRUST = "strengthen strategic communication and consolidate the foundation of mutual trust";
	private static final String BONDS = "deepen mutually beneficial cooperation";

	private Corpus corpus;
	private Document document;

	@BeforeEach
	void twoAnnotatorsTaggedTheArticle() throws Exception {
		corpus = sampleCorpus();
		document = corpus.loadDocument(DOCUMENT);
		TestSets.forget(corpus, ComparisonSession.CURATED, DOCUMENT, true);
		AnnotationSet ann = new AnnotationSet("ann", DOCUMENT, document.sha256());
		AnnotationSet ben = new AnnotationSet("ben", DOCUMENT, document.sha256());
		tag(ann, document, "speaker", XI);
		tag(ben, document, "speaker", XI);
		tag(ann, document, "claim", NEIGHBORS, Map.of("stance", "endorsed"));
		tag(ben, document, "claim", NEIGHBORS, Map.of("stance", "neutral"));
		tag(ann, document, "speaker", LEE);
		tag(ben, document, "speaker", "Lee Jae-myung");
		tag(ann, document, "statistic", YEARS);
		tag(ben, document, "claim", YEARS);
		tag(ann, document, "proposal", TRUST);
		tag(ben, document, "proposal", BONDS);
		corpus.saveSet(ann);
		corpus.saveSet(ben);
	}

	@AfterEach
	void forgetTheSets() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		for (String annotator : List.of("ann", "ben", ComparisonSession.CURATED)) {
			TestSets.forget(corpus, annotator, DOCUMENT, true);
		}
	}

	@Test
	void differencesListEachKindOfDisagreementWithAgreementFigures() throws Exception {
		ComparisonEditor editor = open();

		List<Difference> differences = editor.session().differences();
		Map<DifferenceKind, Integer> counts = new EnumMap<>(DifferenceKind.class);
		differences.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
		Map<DifferenceKind, Integer> expected = new EnumMap<>(DifferenceKind.class);
		for (DifferenceKind kind : DifferenceKind.values()) {
			expected.put(kind, 1);
		}
		assertEquals(expected, counts);
		assertEquals(List.of(DifferenceKind.MATCH, DifferenceKind.TYPE, DifferenceKind.BOUNDARY,
				DifferenceKind.ATTRIBUTES, DifferenceKind.ONLY_LEFT, DifferenceKind.ONLY_RIGHT),
				differences.stream().map(Difference::kind).toList(), "in text order");
		assertEquals("stance", kind(differences, DifferenceKind.ATTRIBUTES).detail());
		assertEquals("statistic vs claim", kind(differences, DifferenceKind.TYPE).detail());
		// 2 of 5 exact pairs: F1 = 4 / 10; with the boundary pair 3 of 5: 6 / 10
		assertTrue(editor.figuresText().contains("F1 of B against A: exact 0.400, overlap 0.600"), editor.figuresText());
		assertTrue(editor.figuresText().contains("unitizing \u03b1 "), editor.figuresText());
		assertTrue(editor.figuresText().contains("token \u03ba "), editor.figuresText());
		assertTrue(editor.figuresText().matches("(?s).*unitizing \u03b1 (-?\\d\\.\\d{3}|n/a) .*"),
				"alpha with three decimals: " + editor.figuresText());
		assertTrue(editor.figuresText().contains("\u03b1 by type: Claim "), "alpha per type: " + editor.figuresText());
		assertTrue(editor.figuresText().matches("(?s).*sentence \u03ba (-?\\d\\.\\d{3}|n/a)\n.*"),
				"Cohen's kappa on the document's sentences: " + editor.figuresText());
		assertTrue(editor.getPartName().startsWith("Compare "), "the tab says it is a comparison: " + editor.getPartName());
	}

	@Test
	void nextDisagreementSkipsMatchesAndSelectsTheSpansOnBothSides() throws Exception {
		ComparisonEditor editor = open();

		next();
		assertEquals(DifferenceKind.TYPE, editor.selectedDifference().orElseThrow().kind(), "the match is skipped");
		int years = offset(document, YEARS);
		assertArrayEquals(new int[][] { { years, YEARS.length() }, { years, YEARS.length() } },
				editor.sideSelections());

		next();
		assertEquals(DifferenceKind.BOUNDARY, editor.selectedDifference().orElseThrow().kind());
		int lee = offset(document, LEE);
		int shortLee = offset(document, "Lee Jae-myung");
		assertArrayEquals(new int[][] { { lee, LEE.length() }, { shortLee, "Lee Jae-myung".length() } },
				editor.sideSelections());

		previous();
		assertEquals(DifferenceKind.TYPE, editor.selectedDifference().orElseThrow().kind());
		previous();
		assertEquals(DifferenceKind.ONLY_RIGHT, editor.selectedDifference().orElseThrow().kind(), "wraps around");
		int bonds = offset(document, BONDS);
		assertArrayEquals(new int[][] { { bonds, 0 }, { bonds, BONDS.length() } }, editor.sideSelections(),
				"the left side shows where the right annotation would be");
	}

	@Test
	void acceptsGoIntoTheCuratedSetUndoablyAndTheSaveCommandWritesIt() throws Exception {
		ComparisonEditor editor = open();

		select(editor, DifferenceKind.BOUNDARY);
		run("org.policyannotator.ui.command.compare.accept",
				Map.of("org.policyannotator.ui.command.compare.accept.side", "left"));
		select(editor, DifferenceKind.ATTRIBUTES);
		editor.accept(false, true);
		select(editor, DifferenceKind.ONLY_LEFT);
		editor.accept(true, true);
		select(editor, DifferenceKind.TYPE);
		editor.accept(true, true);
		assertEquals(5, editor.session().curated().size(), "both sides of the type mismatch, one of the others");
		assertTrue(editor.isDirty());

		page().activate(editor);
		run("org.eclipse.ui.edit.undo", Map.of());
		assertEquals(3, editor.session().curated().size(), "Ctrl+Z takes back the whole 'accept both'");
		assertTrue(PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
				.canRedo(editor.undoContext()), "in the comparison's own undo context");

		page().activate(editor);
		run("org.eclipse.ui.file.save", Map.of());
		assertFalse(editor.isDirty());

		AnnotationSet saved = sampleCorpus().loadSet(ComparisonSession.CURATED, DOCUMENT);
		List<String> summary = saved.annotations().stream().map(this::summary).sorted().toList();
		assertEquals(List.of("claim " + NEIGHBORS + " neutral", "proposal " + TRUST + " -",
				"speaker " + LEE + " -"), summary);
	}

	private String summary(Annotation a) {
		String quote = document.text().substring(a.start(), a.end());
		return a.type() + " " + quote + " "
				+ a.attribute("stance").map(v -> ((AttributeValue.Text) v).value()).orElse("-");
	}

	private ComparisonEditor open() throws Exception {
		ComparisonEditor editor = (ComparisonEditor) page().openEditor(
				new ComparisonInput(sampleFolder(), DOCUMENT, document.title(), "ann", "ben"), ComparisonEditor.ID);
		processEvents();
		return editor;
	}

	private static void select(ComparisonEditor editor, DifferenceKind kind) {
		editor.select(kind(editor.session().differences(), kind));
		processEvents();
	}

	private static Difference kind(List<Difference> differences, DifferenceKind kind) {
		return differences.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
	}

	private static void next() throws Exception {
		run("org.policyannotator.ui.command.compare.navigate",
				Map.of("org.policyannotator.ui.command.compare.navigate.direction", "next"));
	}

	private static void previous() throws Exception {
		run("org.policyannotator.ui.command.compare.navigate",
				Map.of("org.policyannotator.ui.command.compare.navigate.direction", "previous"));
	}
}

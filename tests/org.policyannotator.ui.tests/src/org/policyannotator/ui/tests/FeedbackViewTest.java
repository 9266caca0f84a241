package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.view;
import static org.policyannotator.ui.tests.TestSets.offset;
import static org.policyannotator.ui.tests.TestSets.tag;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.feedback.FeedbackItem;
import org.policyannotator.ui.feedback.FeedbackView;

/** A student sees what they missed, added or typed wrongly against the instructor's reference. */
class FeedbackViewTest {
	private static final String DOCUMENT = "003_977224e94903f02a";
	private static final String XI = "Chinese President Xi Jinping";
	private static final String YEARS = "11 years";
	private static final String NEIGHBORS = "China and South Korea are important neighbors";
	private static final String BONDS = "deepen mutually beneficial cooperation";

	private Corpus corpus;
	private Document document;
	private String student;

	@BeforeEach
	void referenceAndStudentTaggedTheArticle() throws Exception {
		corpus = sampleCorpus();
		document = corpus.loadDocument(DOCUMENT);
		student = AnnotatorIdentity.current();
		AnnotationSet reference = new AnnotationSet("reference", DOCUMENT, document.sha256());
		tag(reference, document, "speaker", XI);
		tag(reference, document, "statistic", YEARS);
		tag(reference, document, "claim", NEIGHBORS);
		corpus.saveSet(reference);
		AnnotationSet mine = new AnnotationSet(student, DOCUMENT, document.sha256());
		tag(mine, document, "speaker", XI);
		tag(mine, document, "claim", YEARS);
		tag(mine, document, "proposal", BONDS);
		corpus.saveSet(mine);
	}

	@AfterEach
	void forgetTheSets() throws Exception {
		page().closeAllEditors(false);
		org.eclipse.ui.IViewPart feedback = page().findView(FeedbackView.ID);
		if (feedback != null) {
			page().hideView(feedback);
		}
		processEvents();
		TestSets.forget(corpus, "reference", DOCUMENT, true);
		TestSets.forget(corpus, student, DOCUMENT, false);
	}

	@Test
	void listsMissedExtraAndWrongTypeAgainstTheReferenceAndFollowsTagging() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		FeedbackView feedback = view(FeedbackView.ID);

		assertEquals(List.of("wrong type " + YEARS, "missed " + NEIGHBORS, "extra " + BONDS), describe(feedback));
		assertTrue(feedback.message().contains("1 missed, 1 extra, 1 wrong type"), feedback.message());
		assertEquals(OptionalDouble.of(1.0), feedback.scores().stream().filter(s -> s.type().equals("speaker"))
				.findFirst().orElseThrow().exact().f1());

		int start = offset(document, NEIGHBORS);
		editor.selectAndReveal(start, NEIGHBORS.length());
		editor.tagSelection("claim");
		processEvents();
		assertEquals(List.of("wrong type " + YEARS, "extra " + BONDS), describe(feedback),
				"tagging the missed claim takes it off the list");
	}

	@Test
	void openingAnItemSelectsTheStudentsAnnotationInTheEditor() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		FeedbackView feedback = view(FeedbackView.ID);

		FeedbackItem extra = feedback.items().stream().filter(i -> i.kind().equals("extra")).findFirst().orElseThrow();
		feedback.open(extra);
		processEvents();
		Annotation selected = editor.selectedAnnotation().orElseThrow();
		assertEquals("proposal", selected.type());
		assertEquals(offset(document, BONDS), selected.start());
	}

	@Test
	void saysSoWhenTheReferenceSetIsAbsent() throws Exception {
		open(DOCUMENT);
		FeedbackView feedback = view(FeedbackView.ID);

		feedback.setReferenceAnnotator("nobody");
		processEvents();
		assertEquals(List.of(), feedback.items());
		assertTrue(feedback.message().contains("There is no reference set of 'nobody'"), feedback.message());
	}

	private List<String> describe(FeedbackView feedback) {
		return feedback.items().stream().map(i -> i.kind() + " "
				+ document.text().substring(i.annotation().start(), i.annotation().end())).toList();
	}
}

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.view;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.exercise.Disputes;
import org.policyannotator.analysis.exercise.ExercisePackage;
import org.policyannotator.analysis.exercise.ExerciseReference;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.exercise.FeedbackMode;
import org.policyannotator.analysis.exercise.Gradebook;
import org.policyannotator.analysis.exercise.Grader;
import org.policyannotator.analysis.exercise.Submissions;
import org.policyannotator.analysis.exercise.ZipLimits;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.feedback.FeedbackItem;
import org.policyannotator.ui.feedback.FeedbackView;

/**
 * The student's feedback view in an exercise shows the instructor's grading cut to the exercise's feedback mode, and
 * lets the student dispute an item into their submission zip.
 *
 * <p>Reference: "a four-point proposal" (proposal) and "Xi Jinping" (speaker). The student tags "four-point proposal"
 * as a proposal (a boundary difference, credited under overlap matching) and nothing else: overlap 1 of 2 found, 1
 * tagged, so P = 1, R = 1/2, F1 = 2/3 (67%).
 */
class GradedFeedbackViewTest {
	private static final String DOCUMENT = "004_807306f16bda8665";

	@TempDir
	Path temp;
	private Path opened;

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		org.eclipse.ui.IViewPart feedback = page().findView(FeedbackView.ID);
		if (feedback != null) {
			page().hideView(feedback);
		}
		processEvents();
		if (opened != null) {
			CorpusRegistry.getDefault().remove(opened);
		}
	}

	private static Annotation span(Document d, String type, String phrase, String annotator) {
		int at = d.text().indexOf(phrase);
		return Annotation.of("a-" + at, type, List.of(Span.of(d.text(), at, at + phrase.length())), annotator,
				Instant.now());
	}

	/** Builds the exercise in {@code mode}, lets the student hand in, grades; returns the student's feedback file. */
	private Path gradedIn(FeedbackMode mode, String student) throws Exception {
		Corpus instructor = Corpus.create(temp.resolve("instructor"), "Class", Schema.defaultSchema());
		Document article = UiTestSupport.sampleCorpus().loadDocument(DOCUMENT);
		instructor.addDocument(article);
		AnnotationSet reference = new AnnotationSet("teacher", DOCUMENT, article.sha256());
		reference.add(span(article, "proposal", "a four-point proposal", "teacher"));
		reference.add(span(article, "speaker", "Xi Jinping", "teacher"));
		instructor.saveSet(reference);
		Path zip = temp.resolve("exercise.zip");
		ExercisePackage.create(new ExercisePackage.Request(instructor, "Proposals", List.of(DOCUMENT),
				Optional.empty(), "teacher", mode, Optional.empty()), zip, Optional.empty());
		opened = temp.resolve("mine");
		Corpus corpus = org.policyannotator.ui.exercise.ExerciseActions.open(zip, opened, student).corpus();
		AnnotationSet mine = corpus.loadSet(student, DOCUMENT);
		mine.add(span(article, "proposal", "four-point proposal", student));
		corpus.saveSet(mine);
		Path submission = temp.resolve("submissions").resolve(student + ".zip");
		Submissions.pack(corpus, student, submission);
		try (ExerciseReference ref = ExerciseReference.open(temp.resolve("instructor"), "teacher", Optional.of(zip),
				ZipLimits.DEFAULT)) {
			Gradebook book = Grader.grade(ref, temp.resolve("submissions"), ZipLimits.DEFAULT);
			return Files.write(temp.resolve("submissions").resolve(student + ".json"),
					FeedbackFile.of(book, book.graded().get(0), mode, ref).toJson());
		}
	}

	private AnnotationEditor openInExercise() throws Exception {
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(new DocumentEditorInput(opened, DOCUMENT,
				"article"), ViewIds.ANNOTATION_EDITOR);
		processEvents();
		return editor;
	}

	@Test
	void aBlindTestShowsThatTheWorkWasGradedAndNothingElse() throws Exception {
		Path file = gradedIn(FeedbackMode.NONE, AnnotatorIdentity.current());
		openInExercise();
		FeedbackView view = view(FeedbackView.ID);
		assertTrue(view.message().startsWith("Not graded yet"), view.message());
		view.openFeedbackFile(file);
		processEvents();
		assertTrue(view.message().contains("blind test"), view.message());
		assertFalse(view.message().contains("F1"), view.message());
		assertEquals(List.of(), view.items());
		assertEquals(List.of(), view.gradedScores());
		assertFalse(view.itemsShown());
		assertTrue(view.message().contains("nothing to dispute until your instructor releases the feedback"),
				view.message());
		assertFalse(view.canDispute(), "no Dispute... in a blind test");
	}

	@Test
	void scoreOnlyShowsTheOverallFiguresWithoutTypesOrItems() throws Exception {
		Path file = gradedIn(FeedbackMode.SCORE, AnnotatorIdentity.current());
		openInExercise();
		FeedbackView view = view(FeedbackView.ID);
		view.openFeedbackFile(file);
		processEvents();
		assertTrue(view.message().contains("F1 67% (precision 100%, recall 50%)"), view.message());
		assertEquals(List.of(""), view.gradedScores().stream().map(FeedbackFile.Line::type).toList());
		assertFalse(view.itemsShown());
		assertEquals(List.of(), view.items());
	}

	@Test
	void perTypeAddsALinePerTypeButNoItems() throws Exception {
		Path file = gradedIn(FeedbackMode.PER_TYPE, AnnotatorIdentity.current());
		openInExercise();
		FeedbackView view = view(FeedbackView.ID);
		view.openFeedbackFile(file);
		processEvents();
		assertEquals(List.of("", "proposal", "speaker"),
				view.gradedScores().stream().map(FeedbackFile.Line::type).toList());
		// proposal: 1 of 1 found (overlap) -> F1 1; speaker: 0 of 1 -> F1 0
		assertEquals(1.0, view.gradedScores().get(1).f1().getAsDouble(), 1e-9);
		assertEquals(0.0, view.gradedScores().get(2).f1().getAsDouble(), 1e-9);
		assertFalse(view.itemsShown());

		// the student cannot name the missed item, so they dispute the speaker score
		FeedbackFile.Line speaker = view.gradedScores().get(2);
		view.select(speaker);
		processEvents();
		assertTrue(view.canDispute(), "Dispute... is offered for a selected score");
		Path zip = temp.resolve("submissions").resolve(AnnotatorIdentity.current() + ".zip");
		view.dispute(speaker, "Xi Jinping only appears in a title here", zip);
		processEvents();
		assertEquals(Optional.of("Xi Jinping only appears in a title here"), view.note(speaker));
		assertEquals(List.of(), Disputes.readAll(zip, ZipLimits.DEFAULT).items(), "a note on the score, no item");
		assertEquals("speaker", Disputes.readAll(zip, ZipLimits.DEFAULT).scores().get(0).type());
	}

	@Test
	void aBlindTestsFeedbackTakesNoNoteOnAScoreEvenWhenOneIsForged() throws Exception {
		Path file = gradedIn(FeedbackMode.NONE, AnnotatorIdentity.current());
		openInExercise();
		FeedbackView view = view(FeedbackView.ID);
		view.openFeedbackFile(file);
		processEvents();
		Path zip = temp.resolve("submissions").resolve(AnnotatorIdentity.current() + ".zip");
		byte[] before = Files.readAllBytes(zip);
		FeedbackFile.Line forged = new FeedbackFile.Line("", java.util.OptionalDouble.of(1),
				java.util.OptionalDouble.of(1), java.util.OptionalDouble.of(1), java.util.OptionalDouble.of(1),
				java.util.OptionalDouble.of(1), 1, 1, 1);
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> view.dispute(forged, "why", zip));
		assertTrue(e.getMessage().contains("blind test"), e.getMessage());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(zip)), "the submission is unchanged");
	}

	@Test
	void fullFeedbackListsTheItemsShowsTheReferenceAndTakesADispute() throws Exception {
		String student = AnnotatorIdentity.current();
		Path file = gradedIn(FeedbackMode.FULL, student);
		AnnotationEditor editor = openInExercise();
		FeedbackView view = view(FeedbackView.ID);
		view.openFeedbackFile(file);
		processEvents();
		assertTrue(view.itemsShown());
		assertEquals(List.of("missed", "boundary"), view.items().stream().map(FeedbackItem::kind).toList());
		assertTrue(editor.isShowingOtherAnnotators(), "the reference is visible in the editor");
		assertEquals(List.of(student, "teacher").stream().sorted().toList(), Corpus.open(opened).annotators(),
				"the reference sets are in the student's exercise corpus");

		FeedbackItem missed = view.items().get(0);
		Path zip = temp.resolve("submissions").resolve(student + ".zip");
		view.dispute(missed, "Xi Jinping is named, but he says nothing here", zip);
		processEvents();
		assertEquals(Optional.of("Xi Jinping is named, but he says nothing here"), view.note(missed));
		assertEquals("Xi Jinping is named, but he says nothing here",
				Disputes.read(zip, ZipLimits.DEFAULT).get(0).note());

		assertThrows(IOException.class, () -> view.openFeedbackFile(temp.resolve("nothing.json")));
	}

	@Test
	void feedbackOfAnotherStudentIsRefusedNamingTheFile() throws Exception {
		Path file = gradedIn(FeedbackMode.FULL, "somebody-else");
		openInExercise();
		FeedbackView view = view(FeedbackView.ID);
		IOException e = assertThrows(IOException.class, () -> view.openFeedbackFile(file));
		assertTrue(e.getMessage().contains(file + ": is the feedback of somebody-else"), e.getMessage());
		assertTrue(view.message().startsWith("Not graded yet"), view.message());
		assertFalse(Files.exists(opened.resolve(FeedbackFile.INSTALLED)));
	}
}

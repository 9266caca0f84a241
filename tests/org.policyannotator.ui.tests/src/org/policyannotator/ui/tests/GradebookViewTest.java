package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.view;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.exercise.Dispute;
import org.policyannotator.analysis.exercise.Disputes;
import org.policyannotator.analysis.exercise.ExercisePackage;
import org.policyannotator.analysis.exercise.Gradebook;
import org.policyannotator.analysis.exercise.Submissions;
import org.policyannotator.analysis.exercise.ZipLimits;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.exercise.GradebookView;
import org.policyannotator.ui.exercise.GradingRun;

/**
 * The instructor grades in the workbench, sees a student's dispute note beside the grade and accepts the item into
 * the reference, which regrades the class.
 *
 * <p>Reference: "a four-point proposal" (proposal), "Xi Jinping" (speaker). Ada tags "four-point proposal" as a
 * proposal (overlaps: credited) and "Xi Jinping" as a quote (wrong type: a miss and an extra). Overlap TP 1, FP 1,
 * FN 1: P = R = F1 = 0.5. Accepting her quote replaces the speaker: TP 2, FP 0, FN 0, F1 = 1.
 */
class GradebookViewTest {
	private static final String DOCUMENT = "004_807306f16bda8665";

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		org.eclipse.ui.IViewPart view = page().findView(GradebookView.ID);
		if (view != null) {
			page().hideView(view);
		}
		processEvents();
	}

	private static Annotation span(Document d, String type, String phrase, String annotator) {
		int at = d.text().indexOf(phrase);
		return Annotation.of("a-" + at, type, List.of(Span.of(d.text(), at, at + phrase.length())), annotator,
				Instant.now());
	}

	@Test
	void theNotesStandBesideTheGradeAndAnAcceptedItemRegradesTheClass() throws Exception {
		Corpus instructor = Corpus.create(temp.resolve("instructor"), "Class", Schema.defaultSchema());
		Document article = UiTestSupport.sampleCorpus().loadDocument(DOCUMENT);
		instructor.addDocument(article);
		AnnotationSet reference = new AnnotationSet("teacher", DOCUMENT, article.sha256());
		reference.add(span(article, "proposal", "a four-point proposal", "teacher"));
		reference.add(span(article, "speaker", "Xi Jinping", "teacher"));
		instructor.saveSet(reference);
		Path zip = temp.resolve("exercise.zip");
		ExercisePackage.create(new ExercisePackage.Request(instructor, "Proposals", List.of(DOCUMENT),
				Optional.empty(), "teacher"), zip, Optional.empty());
		Corpus ada = ExercisePackage.open(zip, temp.resolve("ada"), Optional.of("ada"), ZipLimits.DEFAULT).corpus();
		AnnotationSet mine = ada.loadSet("ada", DOCUMENT);
		mine.add(span(article, "proposal", "four-point proposal", "ada"));
		mine.add(span(article, "quote", "Xi Jinping", "ada"));
		ada.saveSet(mine);
		Path submission = temp.resolve("submissions/ada.zip");
		Submissions.pack(ada, "ada", submission);
		int xi = article.text().indexOf("Xi Jinping");
		Disputes.attach(submission, new Dispute(DOCUMENT, xi, xi + 10, "He is quoted, not only named", Instant.now()),
				ZipLimits.DEFAULT);
		Disputes.attach(submission, new org.policyannotator.analysis.exercise.ScoreDispute("speaker",
				"my quote should count for the speaker too", Instant.now()), ZipLimits.DEFAULT);

		GradebookView view = view(GradebookView.ID);
		GradingRun run = new GradingRun(temp.resolve("instructor"), "teacher", temp.resolve("submissions"),
				Optional.of(zip), Optional.of(Gradebook.Counting.LAST));
		Gradebook book = view.grade(run);
		processEvents();
		assertEquals(0.5, book.graded().get(0).score().overlap().f1().getAsDouble(), 1e-9);
		view.select("ada.zip");
		processEvents();
		List<GradebookView.DisputeRow> rows = view.disputes();
		assertEquals(2, rows.size(), "the note on the item and the note on the speaker score");
		assertEquals("He is quoted, not only named", rows.get(0).note());
		assertTrue(rows.get(0).item().isPresent(), "the note is shown with the item it is about");
		assertEquals("my quote should count for the speaker too", rows.get(1).note());
		assertTrue(rows.get(1).item().isEmpty() && rows.get(1).score().isPresent(), "a score has no item to accept");

		org.eclipse.core.runtime.jobs.Job accepting = view.acceptInBackground(rows.get(0));
		assertTrue(accepting.belongsTo(GradebookView.JOBS), "a job with progress, off the UI thread");
		finish();
		String said = view.message();
		assertTrue(said.startsWith("accepted quote " + xi + "-" + (xi + 10) + " of ada.zip"), said);
		assertEquals(1.0, view.gradebook().orElseThrow().graded().get(0).score().overlap().f1().getAsDouble(), 1e-9,
				"the class is graded again against the new reference");
		assertTrue(view.disputes().get(0).item().isEmpty(), "the accepted item no longer differs");
		assertEquals("quote", typeAt(xi));

		// Ctrl+Z in the gradebook: the reference is as before and the class is graded again
		assertTrue(view.canUndo(), "the acceptance can be undone");
		page().activate(view);
		processEvents();
		UiTestSupport.run(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, java.util.Map.of());
		finish();
		assertTrue(view.message().startsWith("undid: accepted quote " + xi + "-" + (xi + 10) + " of ada.zip"),
				view.message());
		assertEquals(0.5, view.gradebook().orElseThrow().graded().get(0).score().overlap().f1().getAsDouble(), 1e-9);
		assertEquals("speaker", typeAt(xi));
		assertTrue(view.disputes().get(0).item().isPresent(), "the item differs again and can be accepted again");
		assertFalse(view.canUndo(), "nothing more to undo");
	}

	@Test
	void onATwoLevelCodebookEachLevelHasItsF1Column() throws Exception {
		Corpus instructor = Corpus.create(temp.resolve("topics"), "Topics",
				org.policyannotator.model.corpus.SchemaFiles.sample("policy-topics"));
		Document article = UiTestSupport.sampleCorpus().loadDocument(DOCUMENT);
		instructor.addDocument(article);
		AnnotationSet reference = new AnnotationSet("teacher", DOCUMENT, article.sha256());
		reference.add(span(article, "diplomacy-summits", "a four-point proposal", "teacher"));
		reference.add(span(article, "society-exchange", "Xi Jinping", "teacher"));
		instructor.saveSet(reference);
		Path zip = temp.resolve("topics.zip");
		ExercisePackage.create(new ExercisePackage.Request(instructor, "Topics", List.of(DOCUMENT),
				Optional.empty(), "teacher"), zip, Optional.empty());
		Corpus ada = ExercisePackage.open(zip, temp.resolve("ada"), Optional.of("ada"), ZipLimits.DEFAULT).corpus();
		AnnotationSet mine = ada.loadSet("ada", DOCUMENT);
		mine.add(span(article, "diplomacy-summits", "a four-point proposal", "ada"));
		mine.add(span(article, "society-media", "Xi Jinping", "ada")); // the right topic, another subtopic
		ada.saveSet(mine);
		Submissions.pack(ada, "ada", temp.resolve("submissions/ada.zip"));

		GradebookView view = view(GradebookView.ID);
		view.grade(new GradingRun(temp.resolve("topics"), "teacher", temp.resolve("submissions"), Optional.of(zip),
				Optional.empty()));
		processEvents();
		List<String> titles = view.columnTitles();
		assertEquals(List.of("Student", "File", "F1", "Exact F1", "Kappa", "F1 level 1", "F1 level 2", "Attempt"),
				titles.subList(0, 8));
		List<String> row = view.row("ada.zip");
		assertEquals("0.50", row.get(titles.indexOf("F1")));
		assertEquals("1.00", row.get(titles.indexOf("F1 level 1")), "both topics right");
		assertEquals("0.50", row.get(titles.indexOf("F1 level 2")), "one subtopic wrong");
	}

	private String typeAt(int start) throws Exception {
		return Corpus.open(temp.resolve("instructor")).loadSet("teacher", DOCUMENT).annotations().stream()
				.filter(a -> a.start() == start).findFirst().orElseThrow().type();
	}

	private static void finish() throws InterruptedException {
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(GradebookView.JOBS, null);
		processEvents();
	}
}

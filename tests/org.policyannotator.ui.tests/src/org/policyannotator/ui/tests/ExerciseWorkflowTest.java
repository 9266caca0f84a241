package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.exercise.ExercisePackage;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.exercise.ExerciseActions;

/** A student opens the instructor's package in the workbench, annotates and hands in a submission. */
class ExerciseWorkflowTest {
	@TempDir
	Path temp;
	private Path opened;

	@AfterEach
	void forget() {
		if (opened != null) {
			CorpusRegistry.getDefault().remove(opened);
		}
	}

	private Path exercise() throws Exception {
		Corpus instructor = Corpus.create(temp.resolve("instructor"), "Class corpus", Schema.defaultSchema());
		Corpus sample = UiTestSupport.sampleCorpus();
		Document article = sample.loadDocument("004_807306f16bda8665");
		instructor.addDocument(article);
		AnnotationSet reference = new AnnotationSet("reference", article.id(), article.sha256());
		int at = article.text().indexOf("a four-point proposal");
		reference.add(Annotation.of(reference.newId(), "proposal", List.of(Span.of(article.text(), at, at + 21)),
				"reference", Instant.now()));
		instructor.saveSet(reference);
		Path zip = temp.resolve("exercise.zip");
		ExercisePackage.create(new ExercisePackage.Request(instructor, "Proposals", List.of(article.id()), Optional.empty(),
				"reference"), zip, Optional.empty());
		return zip;
	}

	@Test
	void theStudentOpensThePackageAsACorpusWithoutTheReferenceAndHandsInTheirSet() throws Exception {
		opened = temp.resolve("my-exercise");
		ExercisePackage.Opened exercise = ExerciseActions.open(exercise(), opened, "student1");

		assertTrue(CorpusRegistry.getDefault().folders().contains(opened.toAbsolutePath().normalize()));
		Corpus corpus = exercise.corpus();
		assertEquals(List.of("004_807306f16bda8665"), corpus.documentIds());
		assertTrue(corpus.loadSet("reference", "004_807306f16bda8665").isEmpty(), "the reference stays with the instructor");

		Document article = corpus.loadDocument("004_807306f16bda8665");
		AnnotationSet mine = corpus.loadSet("student1", article.id());
		int at = article.text().indexOf("four-point proposal");
		mine.add(Annotation.of(mine.newId(), "proposal", List.of(Span.of(article.text(), at, at + 19)), "student1",
				Instant.now()));
		corpus.saveSet(mine);
		Path submission = temp.resolve("student1-submission.zip");
		ExerciseActions.submit(opened, "student1", submission);

		assertTrue(Files.size(submission) > 0);
	}

	@Test
	void aHostilePackageIsRefusedAndLeavesNothingBehind() throws Exception {
		Path hostile = temp.resolve("hostile.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
			zip.putNextEntry(new ZipEntry("../../escaped.txt"));
			zip.write("x".getBytes());
			zip.closeEntry();
		}
		Path into = temp.resolve("target");

		IOException refused = assertThrows(IOException.class, () -> ExerciseActions.open(hostile, into, "student1"));

		assertTrue(refused.getMessage().contains("escaped.txt"), refused.getMessage());
		assertTrue(!Files.exists(into) || Files.list(into).findAny().isEmpty());
		assertTrue(!Files.exists(temp.getParent().resolve("escaped.txt")));
	}
}

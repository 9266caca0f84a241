package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policyannotator.analysis.exercise.internal.ZipWriter;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.corpus.Corpus;

/** Packing a student's work on an opened exercise into a submission zip. */
public final class Submissions {
	private Submissions() {
	}

	/**
	 * Packs the sets of {@code student} on the exercise documents of {@code corpus} (a folder made by
	 * {@link ExercisePackage#open}) with a {@link SubmissionManifest} into {@code out}. Documents the student has no
	 * set for are listed in the manifest but have no file.
	 *
	 * @return the manifest written
	 * @throws ExerciseException when the corpus is not an exercise or a document is missing
	 */
	public static SubmissionManifest pack(Corpus corpus, String student, Path out) throws IOException {
		return pack(corpus, student, out, Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	/** {@link #pack(Corpus, String, Path)} stamped with the time {@code submitted}. */
	public static SubmissionManifest pack(Corpus corpus, String student, Path out, Instant submitted)
			throws IOException {
		DocumentIds.requireValid(student);
		Path manifestFile = corpus.directory().resolve(ExerciseManifest.FILE);
		if (!Files.isRegularFile(manifestFile)) {
			throw new ExerciseException(corpus.directory(), "is not an exercise (no " + ExerciseManifest.FILE
					+ "); open the exercise package with 'exercise open' first");
		}
		ExerciseManifest exercise = ExerciseManifest.read(manifestFile);
		List<String> annotated = corpus.documentIdsAnnotatedBy(student);
		List<ExerciseDocument> documents = new ArrayList<>();
		Map<String, byte[]> entries = new TreeMap<>();
		for (ExerciseDocument d : exercise.documents()) {
			if (!corpus.hasDocument(d.id())) {
				throw new ExerciseException(corpus.documentFile(d.id()), "document " + d.id()
						+ " of the exercise is missing from the corpus");
			}
			documents.add(new ExerciseDocument(d.id(), Document.sha256Of(corpus.loadDocument(d.id()).text())));
			if (annotated.contains(d.id())) {
				entries.put(SubmissionManifest.ANNOTATIONS + "/" + d.id() + ".json",
						Files.readAllBytes(corpus.setFile(student, d.id())));
			}
		}
		SubmissionManifest manifest = new SubmissionManifest(student, exercise.id(), documents, Optional.of(submitted));
		entries.put(SubmissionManifest.FILE, manifest.toJson());
		ZipWriter.write(out, entries);
		return manifest;
	}
}

package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.analysis.exercise.internal.Folders;
import org.policyannotator.analysis.exercise.internal.ZipWriter;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SetFiles;

/**
 * Disputes: a student attaches a {@link Dispute} note to an item of their feedback, kept in their submission zip
 * (the submission's annotations and time stay as they were, so it is the same attempt); the instructor sees the
 * notes beside the grade and may accept the disputed answer into the reference, which regrades the class when
 * grading again. Each acceptance can be undone ({@link ReferenceHistory#undoLast}).
 */
public final class Disputes {
	private Disputes() {
	}

	/**
	 * Adds {@code dispute} to the notes in the submission zip {@code submission}, replacing an earlier note on the
	 * same item, and writes the zip again atomically.
	 *
	 * @return every note the submission now carries
	 * @throws ExerciseException when the file is not a submission or the document is not one of its documents
	 */
	public static List<Dispute> attach(Path submission, Dispute dispute, ZipLimits limits) throws IOException {
		return rewrite(submission, limits, Optional.of(dispute), Optional.empty(), Optional.empty()).items();
	}

	/**
	 * Adds a note on a score to the submission zip {@code submission}, replacing an earlier note on the same score,
	 * and writes the zip again atomically.
	 *
	 * @return every note on a score the submission now carries
	 */
	public static List<ScoreDispute> attach(Path submission, ScoreDispute dispute, ZipLimits limits)
			throws IOException {
		return rewrite(submission, limits, Optional.empty(), Optional.of(dispute), Optional.empty()).scores();
	}

	/**
	 * As {@link #attach(Path, ScoreDispute, ZipLimits)}, after checking that {@code submission} is the submission of
	 * {@code student} to the exercise {@code exerciseId}.
	 */
	public static List<ScoreDispute> attach(Path submission, String exerciseId, String student, ScoreDispute dispute,
			ZipLimits limits) throws IOException {
		return rewrite(submission, limits, Optional.empty(), Optional.of(dispute),
				Optional.of(new Owner(exerciseId, student))).scores();
	}

	/**
	 * The notes a submission carries.
	 *
	 * @param items  on items of the feedback, by document and position
	 * @param scores on scores
	 */
	public record Notes(List<Dispute> items, List<ScoreDispute> scores) {
		/** Copies the lists. */
		public Notes {
			items = List.copyOf(items);
			scores = List.copyOf(scores);
		}
	}

	/**
	 * As {@link #attach(Path, Dispute, ZipLimits)}, after checking that {@code submission} is the submission of
	 * {@code student} to the exercise {@code exerciseId} (e.g. the one a feedback file speaks of).
	 */
	public static List<Dispute> attach(Path submission, String exerciseId, String student, Dispute dispute,
			ZipLimits limits) throws IOException {
		return rewrite(submission, limits, Optional.of(dispute), Optional.empty(),
				Optional.of(new Owner(exerciseId, student))).items();
	}

	/** The notes on items in the submission zip {@code submission} (empty when it has none). */
	public static List<Dispute> read(Path submission, ZipLimits limits) throws IOException {
		return readAll(submission, limits).items();
	}

	/** Every note in the submission zip {@code submission}, on items and on scores. */
	public static Notes readAll(Path submission, ZipLimits limits) throws IOException {
		return rewrite(submission, limits, Optional.empty(), Optional.empty(), Optional.empty());
	}

	private record Owner(String exercise, String student) {
	}

	private static Notes rewrite(Path submission, ZipLimits limits, Optional<Dispute> added,
			Optional<ScoreDispute> addedScore, Optional<Owner> expected) throws IOException {
		Path scratch = Files.createTempDirectory("pa-dispute-");
		try {
			Path unpacked = scratch.resolve("submission");
			SafeZip.extract(submission, unpacked, limits);
			Path manifestFile = unpacked.resolve(SubmissionManifest.FILE);
			if (!Files.isRegularFile(manifestFile)) {
				throw new ExerciseException(submission, "is not a submission: " + SubmissionManifest.FILE
						+ " is missing");
			}
			SubmissionManifest manifest = SubmissionManifest.read(manifestFile,
					Path.of(submission + "!", SubmissionManifest.FILE));
			if (expected.isPresent() && !manifest.exerciseId().equals(expected.get().exercise())) {
				throw new ExerciseException(submission, "is a submission to another exercise (id "
						+ manifest.exerciseId() + ", expected " + expected.get().exercise() + ")");
			}
			if (expected.isPresent() && !manifest.student().equals(expected.get().student())) {
				throw new ExerciseException(submission, "is the submission of " + manifest.student() + ", not of "
						+ expected.get().student());
			}
			List<Dispute> disputes = new ArrayList<>(notes(submission, unpacked));
			List<ScoreDispute> scores = new ArrayList<>(scoreNotes(submission, unpacked));
			if (added.isEmpty() && addedScore.isEmpty()) {
				return new Notes(disputes, scores);
			}
			if (added.isPresent()) {
				Dispute item = added.get();
				if (manifest.documents().stream().noneMatch(d -> d.id().equals(item.document()))) {
					throw new ExerciseException(submission, "has no document " + item.document() + " (documents: "
							+ String.join(", ", manifest.documents().stream().map(ExerciseDocument::id).toList())
							+ ")");
				}
				disputes.removeIf(item::sameItem);
				disputes.add(item);
				disputes.sort(java.util.Comparator.comparing(Dispute::document).thenComparingInt(Dispute::start)
						.thenComparingInt(Dispute::end));
			}
			addedScore.ifPresent(score -> {
				scores.removeIf(score::sameScore);
				scores.add(score);
				scores.sort(java.util.Comparator.comparing(ScoreDispute::type));
			});
			Map<String, byte[]> entries = ZipWriter.filesUnder(unpacked);
			entries.put(Dispute.FILE, Dispute.toJson(disputes, scores));
			ZipWriter.write(submission, entries);
			return new Notes(disputes, scores);
		} finally {
			Folders.deleteQuietly(scratch);
		}
	}

	/** The notes on scores of an unpacked submission (empty without {@value Dispute#FILE}). */
	static List<ScoreDispute> scoreNotes(Path zip, Path unpacked) throws ExerciseException {
		Path file = unpacked.resolve(Dispute.FILE);
		return Files.isRegularFile(file) ? Dispute.readScores(file, Path.of(zip + "!", Dispute.FILE)) : List.of();
	}

	/** The notes of an unpacked submission (empty without {@value Dispute#FILE}). */
	static List<Dispute> notes(Path zip, Path unpacked) throws ExerciseException {
		Path file = unpacked.resolve(Dispute.FILE);
		return Files.isRegularFile(file) ? Dispute.read(file, Path.of(zip + "!", Dispute.FILE)) : List.of();
	}

	/**
	 * Accepts the student's answer on the item of {@code documentId} at {@code [start, end)} from {@code submission}
	 * (the position their feedback shows) into the reference annotator's set in the instructor's corpus: an added
	 * span is added; a span the reference had with another type or other boundaries is replaced by the student's
	 * version; a missed reference span is removed from the reference (the student was right to leave it out).
	 *
	 * @param reference the reference, opened from the instructor's corpus folder (not a reference zip)
	 * @return a sentence saying what changed in the reference
	 * @throws ExerciseException when the submission cannot be graded or has no differing item there
	 */
	public static String accept(ExerciseReference reference, Path submission, String documentId, int start, int end,
			ZipLimits limits) throws IOException {
		StudentGrade grade = Grader.gradeOne(reference, submission, limits);
		if (grade instanceof StudentGrade.Failed failed) {
			throw new ExerciseException(submission, "cannot be read: " + failed.error());
		}
		Score score = ((StudentGrade.Graded) grade).score();
		Optional<Feedback> item = new Dispute(documentId, start, end, "accept", Instant.EPOCH)
				.item(score.feedback());
		if (item.isEmpty()) {
			throw new ExerciseException(submission, "has no item in document " + documentId + " at " + start + "-"
					+ end + " that differs from the reference (see the student's feedback for the positions)");
		}
		Corpus corpus = reference.corpus();
		AnnotationSet set = corpus.loadSet(reference.annotator(), documentId);
		String where = " into the reference of " + reference.annotator() + " on " + documentId;
		if (item.get() instanceof Feedback.Missed missed) {
			set.remove(missed.reference().id());
			return save(corpus, set, "removed " + missed.reference().type() + " " + start + "-" + end
					+ " from the reference of " + reference.annotator() + " on " + documentId + " (" + grade.file()
					+ " left it out)");
		}
		Annotation student = Dispute.position(item.get()).orElseThrow();
		Optional<Annotation> replaced = switch (item.get()) {
			case Feedback.WrongType w -> Optional.of(w.reference());
			case Feedback.BoundaryDifference b -> Optional.of(b.reference());
			default -> Optional.empty();
		};
		replaced.ifPresent(r -> set.remove(r.id()));
		set.add(Annotation.of(set.newId(), student.type(), student.spans(), reference.annotator(), Instant.now()));
		return save(corpus, set, "accepted " + student.type() + " " + student.start() + "-" + student.end() + " of "
				+ grade.file() + where
				+ replaced.map(r -> " (replacing " + r.type() + " " + r.start() + "-" + r.end() + ")").orElse(""));
	}

	/** Saves the changed reference set, keeping the one it replaces in the {@link ReferenceHistory}. */
	private static String save(Corpus corpus, AnnotationSet set, String said) throws IOException {
		byte[] before = Files.readAllBytes(corpus.setFile(set.annotator(), set.documentId()));
		ReferenceHistory.Change kept = ReferenceHistory.keep(corpus, set.annotator(), set.documentId(), before,
				SetFiles.encode(set), said);
		try {
			corpus.saveSet(set);
		} catch (IOException | RuntimeException e) {
			ReferenceHistory.forget(kept);
			throw e;
		}
		return said;
	}
}

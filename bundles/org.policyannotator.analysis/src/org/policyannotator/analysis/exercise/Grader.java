package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.policyannotator.analysis.corpus.AgreementSelection;
import org.policyannotator.analysis.corpus.AnnotatedDocument;
import org.policyannotator.analysis.corpus.CodeLevel;
import org.policyannotator.analysis.corpus.CorpusAgreementReport;
import org.policyannotator.analysis.corpus.LevelAgreement;
import org.policyannotator.analysis.corpus.SpanAgreement;
import org.policyannotator.analysis.corpus.TreeLevels;
import org.policyannotator.analysis.exercise.internal.Folders;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.scoring.Scoring;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusWrites;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.model.schema.TagType;

/**
 * Grades a folder of submission zips against a reference. Every {@code *.zip} file of the folder is one
 * submission; each is extracted safely into a scratch folder, checked (exercise id, one entry per exercise
 * document with the reference text's hash, readable sets of the named student) and scored with {@link Scoring};
 * unitizing alpha between student and reference comes from {@link SpanAgreement}. A submission that fails any
 * check becomes a {@link StudentGrade.Failed} and the others are graded all the same.
 */
public final class Grader {
	private static final String REFERENCE = "reference";
	private static final String STUDENT = "student";

	private Grader() {
	}

	/**
	 * Grades every {@code *.zip} in {@code submissions}.
	 *
	 * @throws IOException when the folder cannot be listed
	 */
	public static Gradebook grade(ExerciseReference reference, Path submissions, ZipLimits limits) throws IOException {
		return grade(reference, submissions, limits, List.of());
	}

	/**
	 * Grades every {@code *.zip} in {@code submissions} on the tag types {@code types} only (all types used in the
	 * reference or a submission when empty); annotations of other types are ignored on both sides.
	 *
	 * @throws IOException when the folder cannot be listed
	 * @throws IllegalArgumentException when a type is not in the exercise's schema
	 */
	public static Gradebook grade(ExerciseReference reference, Path submissions, ZipLimits limits,
			List<String> types) throws IOException {
		return grade(reference, submissions, limits, types, (done, total) -> true);
	}

	/** Told how far grading has come; a {@code false} answer stops it. */
	@FunctionalInterface
	public interface Progress {
		/**
		 * Called before the first submission and after each.
		 *
		 * @param done  submissions graded so far
		 * @param total submissions in the folder
		 * @return whether to go on
		 */
		boolean graded(int done, int total);
	}

	/**
	 * As {@link #grade(ExerciseReference, Path, ZipLimits, List)}, telling {@code progress} after each submission.
	 *
	 * @throws java.util.concurrent.CancellationException when {@code progress} says to stop
	 */
	public static Gradebook grade(ExerciseReference reference, Path submissions, ZipLimits limits,
			List<String> types, Progress progress) throws IOException {
		checkTypes(reference, types);
		List<Path> zips = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(submissions)) {
			for (Path entry : entries) {
				if (entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
					zips.add(entry);
				}
			}
		}
		zips.sort(null);
		List<StudentGrade> grades = new ArrayList<>();
		for (Path zip : zips) {
			if (!progress.graded(grades.size(), zips.size())) {
				throw new java.util.concurrent.CancellationException("grading stopped after " + grades.size()
						+ " of " + zips.size() + " submissions");
			}
			grades.add(gradeOne(reference, zip, limits, types));
		}
		progress.graded(grades.size(), zips.size());
		List<String> graded = types.isEmpty() ? typesOf(reference, grades)
				: inSchemaOrder(reference, new TreeSet<>(types));
		return new Gradebook(reference.manifest(), reference.annotator(), graded, grades,
				reference.manifest().attempts(), CodeLevel.of(graded, reference.corpus().schema().tree()));
	}

	private static void checkTypes(ExerciseReference reference, List<String> types) {
		Set<String> known = new TreeSet<>();
		reference.corpus().schema().tagTypes().forEach(t -> known.add(t.id()));
		for (String type : types) {
			if (!known.contains(type)) {
				throw new IllegalArgumentException("tag type \"" + type + "\" is not in the exercise's schema (types: "
						+ String.join(", ", known) + ")");
			}
		}
	}

	/** Grades one submission zip; never throws for a bad submission. */
	public static StudentGrade gradeOne(ExerciseReference reference, Path zip, ZipLimits limits) {
		return gradeOne(reference, zip, limits, List.of());
	}

	/** Grades one submission zip on {@code types} (all when empty); never throws for a bad submission. */
	public static StudentGrade gradeOne(ExerciseReference reference, Path zip, ZipLimits limits, List<String> types) {
		String file = zip.getFileName().toString();
		Optional<String> student = Optional.empty();
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory("pa-grade-");
			Path unpacked = scratch.resolve("submission");
			List<String> names = SafeZip.extract(zip, unpacked, limits);
			Path manifestFile = unpacked.resolve(SubmissionManifest.FILE);
			if (!Files.isRegularFile(manifestFile)) {
				throw new ExerciseException(zip, "is not a submission: " + SubmissionManifest.FILE + " is missing");
			}
			SubmissionManifest manifest = SubmissionManifest.read(manifestFile,
					Path.of(zip + "!", SubmissionManifest.FILE));
			student = Optional.of(manifest.student());
			check(reference, zip, manifest, names);
			Optional<java.time.Instant> deadline = reference.manifest().deadline();
			if (deadline.isPresent() && manifest.submitted().isPresent()
					&& manifest.submitted().get().isAfter(deadline.get())) {
				throw new ExerciseException(zip, "was submitted at " + manifest.submitted().get()
						+ ", after the deadline " + deadline.get() + "; not graded");
			}
			Map<String, AnnotationSet> sets = readSets(reference, zip, unpacked, scratch, manifest.student());
			return score(reference, file, manifest, sets, types, new Disputes.Notes(Disputes.notes(zip, unpacked),
					Disputes.scoreNotes(zip, unpacked)));
		} catch (IOException | RuntimeException e) {
			return new StudentGrade.Failed(file, student, e.getMessage() == null ? e.toString() : e.getMessage());
		} finally {
			if (scratch != null) {
				Folders.deleteQuietly(scratch);
			}
		}
	}

	private static void check(ExerciseReference reference, Path zip, SubmissionManifest manifest, List<String> names)
			throws ExerciseException {
		ExerciseManifest exercise = reference.manifest();
		if (!manifest.exerciseId().equals(exercise.id())) {
			throw new ExerciseException(zip, "is for another exercise (id " + manifest.exerciseId() + ", expected "
					+ exercise.id() + " \"" + exercise.name() + "\")");
		}
		Map<String, String> submitted = new TreeMap<>();
		for (ExerciseDocument d : manifest.documents()) {
			if (submitted.put(d.id(), d.sha256()) != null) {
				throw new ExerciseException(zip, "lists document " + d.id() + " twice");
			}
		}
		for (ExerciseDocument d : exercise.documents()) {
			String sha = submitted.remove(d.id());
			if (sha == null) {
				throw new ExerciseException(zip, "does not list document " + d.id() + " of the exercise");
			}
			if (!sha.equals(d.sha256())) {
				throw new ExerciseException(zip, "document " + d.id() + ": hash mismatch, the student annotated"
						+ " another text than the exercise's");
			}
		}
		if (!submitted.isEmpty()) {
			throw new ExerciseException(zip, "lists documents that are not part of the exercise: "
					+ String.join(", ", submitted.keySet()));
		}
		Set<String> allowed = new HashSet<>();
		allowed.add(SubmissionManifest.FILE);
		allowed.add(Dispute.FILE);
		exercise.documentIds().forEach(id -> allowed.add(SubmissionManifest.ANNOTATIONS + "/" + id + ".json"));
		for (String name : names) {
			if (!allowed.contains(name)) {
				throw new ExerciseException(zip, "entry \"" + name + "\" does not belong in a submission (expected "
						+ SubmissionManifest.FILE + ", " + Dispute.FILE + " and " + SubmissionManifest.ANNOTATIONS
						+ "/<document>.json)");
			}
		}
	}

	/** Reads the student's sets through a scratch corpus, so that the model checks them like any set file. */
	private static Map<String, AnnotationSet> readSets(ExerciseReference reference, Path zip, Path unpacked,
			Path scratch, String student) throws IOException {
		Path folder = scratch.resolve("corpus");
		Corpus corpus = Corpus.create(folder, reference.corpus().name(), reference.corpus().schema());
		try (CorpusWrites writes = corpus.writes()) { // a scratch corpus: one flush for all its documents
			for (Document document : reference.documents().values()) {
				writes.addDocument(document.hashMatches() ? document : document.withText(document.text()));
			}
			writes.commit();
		}
		Map<String, AnnotationSet> sets = new TreeMap<>();
		for (String id : reference.documents().keySet()) {
			Path entry = unpacked.resolve(SubmissionManifest.ANNOTATIONS).resolve(id + ".json");
			if (Files.isRegularFile(entry)) {
				Path target = corpus.setFile(student, id);
				Files.createDirectories(target.getParent());
				Files.copy(entry, target);
			}
			try {
				sets.put(id, corpus.loadSet(student, id));
			} catch (CorpusException e) {
				String where = zip + "!/" + SubmissionManifest.ANNOTATIONS + "/" + id + ".json";
				String message = e.getMessage().replace(corpus.setFile(student, id).toString(), where);
				throw new ExerciseException(zip, "cannot read the annotations of document " + id + ": "
						+ message.replace(zip + ": ", ""), e);
			}
		}
		return sets;
	}

	private static StudentGrade score(ExerciseReference reference, String file, SubmissionManifest manifest,
			Map<String, AnnotationSet> sets, List<String> only, Disputes.Notes disputes) {
		List<Score> scores = new ArrayList<>();
		List<AnnotatedDocument> pairs = new ArrayList<>();
		Set<String> types = new TreeSet<>();
		for (Map.Entry<String, Document> e : reference.documents().entrySet()) {
			AnnotationSet ref = reference.sets().get(e.getKey());
			AnnotationSet sub = sets.get(e.getKey());
			pairs.add(new AnnotatedDocument(e.getValue(), Map.of(REFERENCE, ref, STUDENT, sub)));
			ref.annotations().forEach(a -> types.add(a.type()));
			sub.annotations().forEach(a -> types.add(a.type()));
		}
		if (!only.isEmpty()) {
			types.clear();
			types.addAll(only);
		}
		for (Map.Entry<String, Document> e : reference.documents().entrySet()) {
			scores.add(Scoring.score(reference.sets().get(e.getKey()), sets.get(e.getKey()),
					e.getValue().text().length(), types));
		}
		CorpusAgreementReport agreement = SpanAgreement.compute(pairs, List.of(REFERENCE, STUDENT),
				List.copyOf(types), List.of());
		return new StudentGrade.Graded(file, manifest.student(), Score.combine(scores),
				agreement.overall().allTypes().unitizingAlpha(), agreement.overall(), manifest.submitted(), disputes.items(),
				disputes.scores(), levels(reference, sets, pairs, inSchemaOrder(reference, types)));
	}

	/** The grade rolled up to each level of the codebook (the levels and their agreement as {@link TreeLevels}). */
	private static List<LevelGrade> levels(ExerciseReference reference, Map<String, AnnotationSet> sets,
			List<AnnotatedDocument> pairs, List<String> types) {
		CodeTree tree = reference.corpus().schema().tree();
		List<LevelAgreement> agreement = TreeLevels.compute(
				new AgreementSelection(List.of(REFERENCE, STUDENT), types, pairs, List.of()), tree);
		List<LevelGrade> levels = new ArrayList<>();
		for (CodeLevel level : CodeLevel.of(types, tree)) {
			List<Score> scores = new ArrayList<>();
			for (Map.Entry<String, Document> e : reference.documents().entrySet()) {
				scores.add(Scoring.score(level.rollUp(reference.sets().get(e.getKey())),
						level.rollUp(sets.get(e.getKey())), e.getValue().text().length(), level.codes()));
			}
			levels.add(new LevelGrade(level.level(), level.codes(), Score.combine(scores),
					agreement.get(level.level() - 1).overall()));
		}
		return levels;
	}

	private static List<String> typesOf(ExerciseReference reference, List<StudentGrade> grades) {
		Set<String> used = new TreeSet<>();
		for (AnnotationSet set : reference.sets().values()) {
			for (Annotation a : set.annotations()) {
				used.add(a.type());
			}
		}
		for (StudentGrade grade : grades) {
			if (grade instanceof StudentGrade.Graded graded) {
				used.addAll(graded.score().byType().keySet());
			}
		}
		return inSchemaOrder(reference, used);
	}

	private static List<String> inSchemaOrder(ExerciseReference reference, Set<String> types) {
		Set<String> used = new TreeSet<>(types);
		LinkedHashSet<String> ordered = new LinkedHashSet<>();
		for (TagType type : reference.corpus().schema().tagTypes()) {
			if (used.remove(type.id())) {
				ordered.add(type.id());
			}
		}
		ordered.addAll(used);
		return List.copyOf(ordered);
	}
}

package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.exercise.internal.FeedbackJson;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SetFiles;

/**
 * What a student's workbench is handed after grading ({@code feedback/<submission>.json} beside the text feedback),
 * cut to the exercise's {@link FeedbackMode} when it is written, so that nothing beyond the mode ever reaches the
 * student: no figures for {@code none}; the overall line for {@code score}; a line per type for {@code per-type};
 * every differing item and the reference sets for {@code full}. {@link #install} puts it into the student's
 * exercise corpus, where the feedback view shows it.
 *
 * @param exerciseId  id of the exercise
 * @param exercise    title of the exercise
 * @param student     the student
 * @param submission  file name of the graded submission zip
 * @param submitted   when the submission was packed, if known
 * @param mode        what the instructor lets the student see
 * @param overall     the overall figures (empty for {@code none})
 * @param types       figures per tag type ({@code per-type} and {@code full})
 * @param items       every missed, added, mistyped and misplaced item ({@code full})
 * @param reference   the reference sets by document id ({@code full}), annotated by {@link #referenceAnnotator}
 * @param referenceAnnotator the reference's annotator name ({@code full}), else empty
 */
public record FeedbackFile(String exerciseId, String exercise, String student, String submission,
		Optional<Instant> submitted, FeedbackMode mode, Optional<Line> overall, List<Line> types, List<Item> items,
		Map<String, AnnotationSet> reference, String referenceAnnotator) {
	/** Value of the {@code format} field. */
	public static final String FORMAT = "policyannotator-feedback";
	/** Format version written. */
	public static final int VERSION = 1;
	/** Where {@link #install} keeps the feedback in an exercise corpus. */
	public static final String INSTALLED = "feedback.json";

	/** Copies the collections. */
	public FeedbackFile {
		types = List.copyOf(types);
		items = List.copyOf(items);
		reference = java.util.Collections.unmodifiableMap(new TreeMap<>(reference));
	}

	/**
	 * The figures of all types or of one.
	 *
	 * @param type    the tag type, or "" for all types
	 * @param f1      F1 under overlap matching
	 * @param exactF1 F1 under exact matching
	 * @param kappa   Cohen's kappa on the tokens against the reference
	 * @param found   reference annotations credited (overlap)
	 * @param total   reference annotations
	 * @param tagged  annotations of the student
	 */
	public record Line(String type, OptionalDouble f1, OptionalDouble precision, OptionalDouble recall,
			OptionalDouble exactF1, OptionalDouble kappa, int found, int total, int tagged) {
		static Line of(String type, Counts overlap, Counts exact, Optional<AgreementResult> kappa) {
			return new Line(type, round(overlap.f1()), round(overlap.precision()), round(overlap.recall()),
					round(exact.f1()), round(kappa.map(AgreementResult::value).orElse(OptionalDouble.empty())),
					overlap.truePositives(), overlap.reference(), overlap.submitted());
		}

		/** Four decimals, as the file keeps them. */
		private static OptionalDouble round(OptionalDouble value) {
			return value.isPresent() ? OptionalDouble.of(Math.round(value.getAsDouble() * 10000) / 10000.0) : value;
		}
	}

	/**
	 * One item that differs from the reference.
	 *
	 * @param document the document id
	 * @param kind     {@code missed}, {@code added}, {@code wrong type} or {@code boundary}
	 * @param start    the position that names the item (the student's span; the reference's for a missed one)
	 * @param end      end of that position
	 * @param type     the type of the annotation there
	 * @param text     its text
	 * @param detail   what the reference says, for people
	 */
	public record Item(String document, String kind, int start, int end, String type, String text, String detail) {
		static Item of(Feedback f) {
			Annotation at = Dispute.position(f).orElseThrow();
			String detail = switch (f) {
				case Feedback.Missed m -> "the reference tags this as " + m.reference().type();
				case Feedback.Extra e -> "the reference has no " + e.submitted().type() + " here";
				case Feedback.WrongType w -> "the reference has " + w.reference().type() + " " + quote(w.reference());
				case Feedback.BoundaryDifference b -> "the reference spans " + b.reference().start() + "-"
						+ b.reference().end() + " " + quote(b.reference());
				case Feedback.Matched m -> "";
			};
			String kind = switch (f) {
				case Feedback.Missed m -> "missed";
				case Feedback.Extra e -> "added";
				case Feedback.WrongType w -> "wrong type";
				default -> "boundary";
			};
			return new Item(f.documentId(), kind, at.start(), at.end(), at.type(), plain(at), detail);
		}

		/** A dispute note on this item. */
		public Dispute dispute(String note) {
			return new Dispute(document, start, end, note, Instant.now());
		}
	}

	/** Why a blind test's feedback takes no dispute. */
	public static final String BLIND = "This exercise is a blind test: there is nothing to dispute until your"
			+ " instructor releases the feedback (they grade again with more feedback and send you a new file).";

	/** Whether the student may dispute anything in this feedback (not in a blind test until it is released). */
	public boolean disputable() {
		return mode != FeedbackMode.NONE;
	}

	/**
	 * A note on one of the scores this feedback shows (in {@code score} mode the overall one, in {@code per-type} and
	 * {@code full} also those per type).
	 *
	 * @throws IllegalStateException    in a blind test ({@link #BLIND})
	 * @throws IllegalArgumentException when {@code line} is not a score of this feedback, or the note is blank
	 */
	public ScoreDispute dispute(Line line, String note) {
		if (!disputable()) {
			throw new IllegalStateException(BLIND);
		}
		if (!overall.equals(Optional.of(line)) && !types.contains(line)) {
			throw new IllegalArgumentException("the feedback of " + submission + " shows no score "
					+ (line.type().isEmpty() ? "overall" : "for " + line.type()));
		}
		return new ScoreDispute(line.type(), note, Instant.now());
	}

	/** The feedback of {@code grade}, cut to {@code mode}; {@code reference} gives the sets for {@code full}. */
	public static FeedbackFile of(Gradebook book, StudentGrade.Graded grade, FeedbackMode mode,
			ExerciseReference reference) {
		Score score = grade.score();
		Optional<Line> overall = mode.shows(FeedbackMode.SCORE)
				? Optional.of(Line.of("", score.overlap(), score.exact(), Optional.of(grade.kappa())))
				: Optional.empty();
		List<Line> types = new ArrayList<>();
		if (mode.shows(FeedbackMode.PER_TYPE)) {
			for (String t : book.types()) {
				types.add(Line.of(t, score.type(t).overlap(), score.type(t).exact(), grade.kappa(t)));
			}
		}
		boolean full = mode.shows(FeedbackMode.FULL);
		List<Item> items = full ? score.feedback().stream().filter(f -> !(f instanceof Feedback.Matched))
				.map(Item::of).toList() : List.of();
		return new FeedbackFile(book.exercise().id(), book.exercise().name(), grade.student(), grade.file(),
				grade.submitted(), mode, overall, types, items, full ? reference.sets() : Map.of(),
				full ? reference.annotator() : "");
	}

	/** The file content (pretty JSON, UTF-8); the same feedback gives the same bytes. */
	public byte[] toJson() {
		return FeedbackJson.write(this);
	}

	/**
	 * Reads a feedback file.
	 *
	 * @throws ExerciseException when it is not one, naming the file and the problem
	 */
	public static FeedbackFile read(Path file) throws ExerciseException {
		return FeedbackJson.read(file);
	}

	/**
	 * Puts {@code file} into the student's exercise corpus: checks that it is the feedback of this exercise for
	 * {@code student}, keeps it as {@value #INSTALLED} and, in {@code full} mode, saves the reference sets into the
	 * corpus so that the editor can show them beside the student's. Nothing is changed when a check fails.
	 *
	 * @throws ExerciseException naming the file and the problem
	 */
	public static FeedbackFile install(Corpus corpus, String student, Path file) throws IOException {
		FeedbackFile feedback = read(file);
		Path manifestFile = corpus.directory().resolve(ExerciseManifest.FILE);
		if (!Files.isRegularFile(manifestFile)) {
			throw new ExerciseException(corpus.directory(), "is not an exercise (no " + ExerciseManifest.FILE + ")");
		}
		ExerciseManifest exercise = ExerciseManifest.read(manifestFile);
		if (!exercise.id().equals(feedback.exerciseId())) {
			throw new ExerciseException(file, "is the feedback of another exercise (\"" + feedback.exercise()
					+ "\", id " + feedback.exerciseId() + "), not of \"" + exercise.name() + "\"");
		}
		if (!feedback.student().equals(student)) {
			throw new ExerciseException(file, "is the feedback of " + feedback.student() + ", not of " + student);
		}
		if (feedback.referenceAnnotator().equals(student)) {
			throw new ExerciseException(file, "names the student as the reference annotator");
		}
		for (String document : feedback.reference().keySet()) {
			if (!exercise.documentIds().contains(document)) {
				throw new ExerciseException(file, "has a reference for document " + document
						+ ", which is not part of the exercise");
			}
		}
		for (AnnotationSet set : feedback.reference().values()) {
			Path target = corpus.setFile(set.annotator(), set.documentId());
			Files.createDirectories(target.getParent());
			SetFiles.write(set, target, true);
		}
		org.policyannotator.model.internal.io.AtomicFiles.write(corpus.directory().resolve(INSTALLED),
				feedback.toJson());
		return feedback;
	}

	/** The feedback installed in an exercise corpus, if any. */
	public static Optional<FeedbackFile> installed(Corpus corpus) throws ExerciseException {
		Path file = corpus.directory().resolve(INSTALLED);
		return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
	}

	/** The items of one document, in text order. */
	public List<Item> items(String document) {
		return items.stream().filter(i -> i.document().equals(document)).toList();
	}

	private static String quote(Annotation a) {
		return "\"" + plain(a) + "\"";
	}

	private static String plain(Annotation a) {
		return a.spans().stream().map(Span::quote).map(q -> q.replace('\n', ' ')).collect(Collectors.joining(" ... "));
	}
}

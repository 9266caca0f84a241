package org.policyannotator.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.policyannotator.analysis.exercise.ExercisePackage;
import org.policyannotator.analysis.exercise.ExerciseReference;
import org.policyannotator.analysis.exercise.FeedbackMode;
import org.policyannotator.analysis.exercise.GradeReport;
import org.policyannotator.analysis.exercise.Gradebook;
import org.policyannotator.analysis.exercise.GradebookCsv;
import org.policyannotator.analysis.exercise.Grader;
import org.policyannotator.analysis.exercise.MostMissed;
import org.policyannotator.analysis.exercise.StudentFeedback;
import org.policyannotator.analysis.exercise.StudentGrade;
import org.policyannotator.analysis.exercise.Submissions;
import org.policyannotator.analysis.exercise.ZipLimits;
import org.policyannotator.analysis.scoring.Scoring;
import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * {@code bench grading}: a class grading one exercise. An instructor's corpus of synthetic documents with a
 * reference, then students whose sets differ from it as students' do (missed spans, added spans, shifted
 * boundaries, other types), each packed as a submission zip; then {@code exercise grade}'s work: reading and checking
 * every zip, scoring with the maximum pairing, kappa and unitizing alpha, the gradebook CSV, the HTML report, the
 * most-missed list and every student's feedback. Prints the time of each step and the scoring alone.
 */
public final class GradingBenchmark implements Benchmark {
	private static final String[] TYPES = { "claim", "statistic", "proposal", "proposal-point", "quote", "speaker" };
	private static final String[] WORDS = ("the of and to in exports rose percent year-on-year trillion yuan proposal"
			+ " point said minister cooperation trade growth people exchanges 24.5 2025 Beijing Seoul relations"
			+ " policy initiative development regional peace visit state partners").split(" ");
	private static final int REFERENCE_PER_DOCUMENT = 40;
	private static final int TEXT_LENGTH = 6_000;

	/** Creates the benchmark. */
	public GradingBenchmark() {
	}

	@Override
	public String name() {
		return "grading";
	}

	@Override
	public String summary() {
		return "exercise grade of a class: 200 students x 20 documents (40 reference spans each): zips read,"
				+ " scoring, gradebook, report, feedback [--students n] [--documents n] [--quick: 20 x 5]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--students", "--documents"), Set.of("--quick"));
		boolean quick = arguments.flag("--quick");
		int students = arguments.positiveInt("--students", quick ? 20 : 200);
		int documents = arguments.positiveInt("--documents", quick ? 5 : 20);
		Path dir = Files.createTempDirectory("pa-bench-grading");
		try {
			measure(dir, students, documents, context.out(), figures);
		} finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void measure(Path dir, int students, int documents, PrintStream out, Figures figures)
			throws Exception {
		Random random = new Random(19);
		Corpus instructor = Corpus.create(dir.resolve("instructor"), "bench-grading", Schema.defaultSchema());
		List<String> ids = new ArrayList<>();
		for (int d = 0; d < documents; d++) {
			Document document = Document.of(String.format(Locale.ROOT, "doc-%03d", d), "Document " + d,
					text(random, TEXT_LENGTH));
			instructor.addDocument(document);
			instructor.saveSet(ModelBenchmark.annotate(random, document, "teacher", REFERENCE_PER_DOCUMENT));
			ids.add(document.id());
		}
		ExercisePackage.create(new ExercisePackage.Request(instructor, "Bench", ids, Optional.empty(), "teacher",
				FeedbackMode.FULL, Optional.empty()), dir.resolve("exercise.zip"),
				Optional.of(dir.resolve("reference.zip")));
		Corpus classroom = ExercisePackage.open(dir.resolve("exercise.zip"), dir.resolve("classroom"),
				Optional.empty(), ZipLimits.DEFAULT).corpus();
		Path submissions = Files.createDirectories(dir.resolve("submissions"));
		long t0 = System.nanoTime();
		for (int s = 0; s < students; s++) {
			String student = String.format(Locale.ROOT, "s%04d", s);
			for (String id : ids) {
				classroom.saveSet(student(random, instructor.loadSet("teacher", id), instructor.loadDocument(id),
						student));
			}
		}
		long written = System.nanoTime() - t0;
		t0 = System.nanoTime();
		Instant packed = Instant.parse("2026-12-01T10:00:00Z");
		for (int s = 0; s < students; s++) {
			String student = String.format(Locale.ROOT, "s%04d", s);
			Submissions.pack(classroom, student, submissions.resolve(student + ".zip"), packed.plusSeconds(s));
		}
		long packing = System.nanoTime() - t0;
		long zipBytes;
		try (Stream<Path> zips = Files.list(submissions)) {
			zipBytes = zips.mapToLong(p -> p.toFile().length()).sum();
		}

		out.printf(Locale.ROOT, "grading: %d students x %d documents, %d reference spans per document (%d in all),"
				+ " students: 10%% missed, 10%% other type, 30%% shifted, 5%% added%n", students, documents,
				REFERENCE_PER_DOCUMENT, REFERENCE_PER_DOCUMENT * documents);
		out.printf(Locale.ROOT, "  students' sets saved          %9.1f ms  (%.2f ms per student)%n", written / 1e6,
				written / 1e6 / students);
		out.printf(Locale.ROOT, "  submissions packed            %9.1f ms  (%.2f ms per student, %.1f MB of zips)%n",
				packing / 1e6, packing / 1e6 / students, zipBytes / 1e6);

		Gradebook book = null;
		long grading = 0;
		long scoring = 0;
		int pairs = 0;
		for (int round = 0; round < 2; round++) { // the first round warms up the JIT; the second is printed
			try (ExerciseReference reference = ExerciseReference.open(dir.resolve("reference.zip"), "teacher",
					Optional.empty(), ZipLimits.DEFAULT)) {
				t0 = System.nanoTime();
				book = Grader.grade(reference, submissions, ZipLimits.DEFAULT);
				grading = System.nanoTime() - t0;
				pairs = 0;
				t0 = System.nanoTime();
				for (int s = 0; s < students; s++) {
					String student = String.format(Locale.ROOT, "s%04d", s);
					for (Map.Entry<String, AnnotationSet> ref : reference.sets().entrySet()) {
						Scoring.score(ref.getValue(), classroom.loadSet(student, ref.getKey()),
								reference.documents().get(ref.getKey()).text().length());
						pairs++;
					}
				}
				scoring = System.nanoTime() - t0;
			}
		}
		figures.record("grade", students, grading / 1e6, "scoring-alone", scoring / 1e6);
		out.printf(Locale.ROOT, "  exercise grade (zips read, checked, scored, kappa, alpha)"
				+ " %9.1f ms  (%.2f ms per submission, %d graded, %d failed)%n", grading / 1e6,
				grading / 1e6 / students, book.graded().size(), book.failed().size());
		out.printf(Locale.ROOT, "  scoring alone (sets loaded from disk + maximum pairing)"
				+ "   %9.1f ms  (%.3f ms per set pair, %d pairs)%n", scoring / 1e6, scoring / 1e6 / pairs, pairs);
		t0 = System.nanoTime();
		String csv = GradebookCsv.write(book);
		long csvTime = System.nanoTime() - t0;
		t0 = System.nanoTime();
		String html = GradeReport.html(book, Schema.defaultSchema());
		long htmlTime = System.nanoTime() - t0;
		t0 = System.nanoTime();
		int missed = MostMissed.of(book).size();
		long missedTime = System.nanoTime() - t0;
		t0 = System.nanoTime();
		long feedbackChars = 0;
		for (StudentGrade.Graded graded : book.graded()) {
			feedbackChars += StudentFeedback.text(book, graded, FeedbackMode.FULL).length();
		}
		long feedbackTime = System.nanoTime() - t0;
		out.printf(Locale.ROOT, "  gradebook.csv                 %9.1f ms  (%.1f KB)%n", csvTime / 1e6,
				csv.length() / 1e3);
		out.printf(Locale.ROOT, "  report.html                   %9.1f ms  (%.1f KB)%n", htmlTime / 1e6,
				html.length() / 1e3);
		out.printf(Locale.ROOT, "  most-missed list              %9.1f ms  (%d reference spans missed at least once)%n",
				missedTime / 1e6, missed);
		out.printf(Locale.ROOT, "  feedback, full, every student %9.1f ms  (%.1f KB)%n", feedbackTime / 1e6,
				feedbackChars / 1e3);
		double meanF1 = book.graded().stream().mapToDouble(g -> g.score().overlap().f1().orElse(0)).average()
				.orElse(0);
		double meanKappa = book.graded().stream().mapToDouble(g -> g.kappa().value().orElse(0)).average().orElse(0);
		out.printf(Locale.ROOT, "  class mean overlap F1 %.4f, mean token kappa %.4f%n", meanF1, meanKappa);
	}

	/** A student's set: the reference with the mistakes students make, drawn at random. */
	private static AnnotationSet student(Random random, AnnotationSet reference, Document document, String student) {
		String text = document.text();
		Instant now = Instant.parse("2026-11-30T12:00:00Z");
		List<Annotation> annotations = new ArrayList<>();
		int n = 0;
		for (Annotation a : reference.annotations()) {
			double roll = random.nextDouble();
			if (roll < 0.10) {
				continue;
			}
			String type = roll < 0.20 ? TYPES[random.nextInt(TYPES.length)] : a.type();
			int start = a.start();
			int end = a.end();
			if (roll >= 0.20 && roll < 0.50) {
				start = Math.min(text.length() - 1, Math.max(0, start + random.nextInt(11) - 5));
				end = Math.min(text.length(), Math.max(start + 1, end + random.nextInt(11) - 5));
			}
			annotations.add(Annotation.of("a" + ++n, type, List.of(Span.of(text, start, end)), student, now));
		}
		for (int i = 0; i < REFERENCE_PER_DOCUMENT / 20; i++) {
			int start = random.nextInt(text.length() - 60);
			annotations.add(Annotation.of("a" + ++n, TYPES[random.nextInt(TYPES.length)],
					List.of(Span.of(text, start, start + 10 + random.nextInt(50))), student, now));
		}
		return AnnotationSet.of(student, document.id(), document.sha256(), annotations, List.of());
	}

	private static String text(Random random, int length) {
		StringBuilder b = new StringBuilder(length + 100);
		while (b.length() < length) {
			b.append(WORDS[random.nextInt(WORDS.length)]);
			b.append(random.nextInt(15) == 0 ? ".\n" : " ");
		}
		b.setLength(length);
		return b.toString();
	}
}

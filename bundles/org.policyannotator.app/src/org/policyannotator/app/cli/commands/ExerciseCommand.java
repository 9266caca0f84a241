package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.analysis.exercise.Calibration;
import org.policyannotator.analysis.exercise.Disputes;
import org.policyannotator.analysis.exercise.ExerciseManifest;
import org.policyannotator.analysis.exercise.Dispute;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.exercise.FeedbackMode;
import org.policyannotator.analysis.exercise.ExercisePackage;
import org.policyannotator.analysis.exercise.ExerciseReference;
import org.policyannotator.analysis.exercise.ReferenceHistory;
import org.policyannotator.analysis.exercise.ScoreDispute;
import org.policyannotator.analysis.exercise.GradeReport;
import org.policyannotator.analysis.exercise.Gradebook;
import org.policyannotator.analysis.exercise.GradebookCsv;
import org.policyannotator.analysis.exercise.Grader;
import org.policyannotator.analysis.exercise.MostMissed;
import org.policyannotator.analysis.exercise.StudentFeedback;
import org.policyannotator.analysis.exercise.TermGradebook;
import org.policyannotator.analysis.exercise.StudentGrade;
import org.policyannotator.analysis.exercise.SubmissionManifest;
import org.policyannotator.analysis.exercise.Submissions;
import org.policyannotator.analysis.exercise.ZipLimits;
import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.corpus.Corpus;

/**
 * {@code exercise create|open|submit|grade}: coding exercises for students. The work is done by
 * {@code org.policyannotator.analysis.exercise}; this class parses arguments and reports.
 */
public final class ExerciseCommand implements Subcommand {

	/** Creates the command. */
	public ExerciseCommand() {
	}

	private static final String ACTIONS = "create, open, submit, grade, dispute, term, accept, calibrate";

	@Override
	public String name() {
		return "exercise";
	}

	@Override
	public String summary() {
		return "coding exercises: package documents for students, open, submit, grade submissions";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator exercise create --corpus <dir> --documents d1,d2,... --reference <annotator>
				                                       --out <exercise.zip> [--reference-out <reference.zip>]
				                                       [--guidelines <guidelines.md>] [--name <title>]
				                                       [--feedback none|score|per-type|full]
				                                       [--deadline 2026-12-10T23:59:00Z] [--attempts last|best]
				       policyannotator exercise open <exercise.zip> --into <dir> [--student <name>]
				       policyannotator exercise submit --corpus <dir> --student <name> --out <submission.zip>
				       policyannotator exercise grade --reference <corpus dir | reference.zip>
				                                      --reference-annotator <name> --submissions <dir> --out <dir>
				                                      [--exercise <exercise.zip>] [--types t1,t2,...]
				                                      [--attempts last|best] [--feedback none|score|per-type|full]
				       policyannotator exercise dispute --submission <zip> [--document <id> --at <start>-<end>
				                                        | --type <tag type> | --overall] [--note <text>]
				       policyannotator exercise term --out <dir> <grades dir> <grades dir> ...
				       policyannotator exercise accept --reference <corpus dir> --reference-annotator <name>
				                                       --exercise <exercise.zip> --submission <zip>
				                                       --document <id> --at <start>-<end>
				       policyannotator exercise accept --undo --reference <corpus dir> --reference-annotator <name>
				       policyannotator exercise calibrate --corpus <dir> --instructors <a>,<b>
				                                          [--documents d1,d2,...] [--types t1,t2,...]

				create  packs corpus.json, schema.json, the chosen documents, exercise.json and the guidelines
				        into a zip WITHOUT annotations. The reference annotator must have a set for every
				        document; the reference stays in the corpus, or goes to --reference-out (a zip the
				        instructor keeps: the same package plus the reference sets). --feedback says what
				        students are shown of their grade: none (blind test), score (overall only), per-type,
				        or full (default: every missed, added and mistyped span with the reference's text).
				        --deadline (UTC): students may resubmit until then; later submissions are not graded.
				        --attempts: which attempt of a student counts when grading (default last).
				open    extracts a package (checked: no '..', absolute paths, links, duplicates, at most 10,000
				        entries and 200 MB) into a new or empty folder, which is then a corpus; --student makes
				        the student's empty folder of sets.
				submit  packs the student's sets on the exercise documents with manifest.json (student,
				        exercise id, sha256 of each document text) into a zip.
				grade   scores every *.zip in --submissions against the reference (precision, recall, F1 per
				        type, exact and overlap matching, unitizing alpha) and writes <out>/gradebook.csv and
				        <out>/report.html, <out>/missed.csv (reference spans by how many students missed them),
				        and <out>/feedback/<submission>.txt and .json for each student, cut to the
				        exercise's feedback mode (the .json opens in the student's feedback view). A broken submission is listed with its error; the others are graded.
				        A reference corpus folder without exercise.json needs --exercise <exercise.zip>.
				        --types grades only those tag types (others are ignored on both sides). Besides the
				        micro averages, macro F1 (mean over types) and weighted F1 (by reference count), and
				        Cohen's kappa on the tokens, pooled and per type; a warning for a type with fewer than
				        10 reference annotations (its kappa and F1 say little). Every attempt of a student is
				        a row (submitted, attempt n of m, the F1 change since the previous one); --attempts says
				        which counts: the last or the best (highest overlap F1); without it, what the exercise
				        was created with (the last unless 'create --attempts best'). --feedback writes the
				        students' feedback in another mode than the exercise's: to release feedback after a
				        blind test (e.g. --feedback full once everyone has handed in).
				dispute a student's note on an item of their feedback ("I think this is a quote because ..."),
				        named by document and position as the feedback shows them; kept in the submission zip
				        (same attempt: annotations and time unchanged) and shown beside the grade in the
				        gradebook and report.html. A second note on the same item replaces the first. Where the
				        feedback shows scores but no items (score, per-type), --type <t> or --overall puts the
				        note on that score instead. Without --note, lists the notes the submission carries.
				term    a term's gradebook from the folders 'exercise grade' wrote (one per exercise, in term
				        order, named by the folder): <out>/term.csv (per student the overlap F1 counted in each
				        exercise, how many, the mean and the change from the first to the last) and
				        <out>/term-missed.csv (each exercise's 5 most-missed reference spans with their text),
				        and <out>/term.html with the same as a page (progress chart per student, class means).
				accept  after a dispute, puts the student's answer at <start>-<end> (the positions of their
				        feedback) into the reference in the instructor's corpus: an added span is added, a
				        mistyped or misplaced one replaces the reference's, a missed one is removed from the
				        reference; grade again to regrade the class. The set it changes is kept as it was in
				        <corpus>/reference-history/<annotator>/: --undo restores the newest acceptance's (one
				        more each time), unless the reference was edited since (then nothing is changed).
				calibrate compares two instructors' references before grading: F1 (a as the reference),
				        Cohen's kappa and unitizing alpha, pooled and per type, with a warning under 10
				        annotations, then every disagreement (only a, only b, type, boundary) with its text.
				        The comparison editor shows the same pair side by side.
				Each action explains itself: policyannotator exercise <action> --help.
				Exit codes: 0 ok (grade: also when some submissions failed, see the gradebook); 1 failure;
				2 bad usage. Rules: docs/agreement-and-grading.md.
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("say what to do: one of " + ACTIONS);
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			context.out().print(help(args.get(0)));
			return ExitCodes.OK;
		}
		try {
			return switch (args.get(0)) {
				case "create" -> create(rest, context);
				case "open" -> open(rest, context);
				case "submit" -> submit(rest, context);
				case "grade" -> grade(rest, context);
				case "calibrate" -> calibrate(rest, context);
				case "term" -> term(rest, context);
				case "accept" -> accept(rest, context);
				case "dispute" -> dispute(rest, context);
				default -> throw new UsageException("unknown action " + args.get(0) + "; one of " + ACTIONS);
			};
		} catch (UsageException e) {
			throw e;
		} catch (NoSuchFileException e) {
			context.err().println("exercise: " + e.getFile() + ": does not exist");
		} catch (IOException e) {
			context.err().println("exercise: " + e.getMessage());
		} catch (IllegalArgumentException e) {
			context.err().println("exercise: " + e.getMessage());
		}
		return ExitCodes.FAILED;
	}

	/** The help of the action named first, or the whole usage when none is named. */
	@Override
	public String help(List<String> args) {
		return args.isEmpty() || args.get(0).startsWith("-") ? usage() : help(args.get(0));
	}

	/** The usage lines and the explanation of one action, cut from {@link #usage()}. */
	private String help(String action) {
		List<String> lines = usage().lines().toList();
		StringBuilder help = new StringBuilder();
		boolean inAction = false;
		for (String line : lines) {
			String word = line.strip();
			if (word.startsWith("usage: policyannotator exercise " + action + " ")
					|| word.startsWith("policyannotator exercise " + action + " ")) {
				help.append("usage: ").append(word.replaceFirst("^usage: ", "")).append('\n');
				inAction = true;
			} else if (inAction && line.startsWith("  ") && !word.startsWith("policyannotator")) {
				help.append("  ").append(word).append('\n');
			} else {
				inAction = false;
			}
		}
		help.append('\n');
		boolean explanation = false;
		for (String line : lines) {
			if (line.startsWith(action + " ")) {
				explanation = true;
			} else if (!line.startsWith(" ")) {
				explanation = false;
			}
			if (explanation) {
				help.append(line).append('\n');
			}
		}
		if (help.toString().isBlank()) {
			throw new UsageException("unknown action " + action + "; one of " + ACTIONS);
		}
		help.append("Exit codes: 0 ok; 1 failure; 2 bad usage. Rules: docs/agreement-and-grading.md.\n");
		return help.toString();
	}

	private static int create(List<String> args, CommandContext context) throws IOException {
		Arguments a = parse(args, Set.of("--corpus", "--documents", "--reference", "--out", "--reference-out",
				"--guidelines", "--name", "--feedback", "--deadline", "--attempts"), 0);
		Gradebook.Counting attempts = counting(a.option("--attempts").orElse("last"));
		Optional<Instant> deadline = a.option("--deadline").map(ExerciseCommand::instant);
		FeedbackMode feedback = FeedbackMode.of(a.option("--feedback").orElse(FeedbackMode.FULL.id()))
				.orElseThrow(() -> new UsageException("--feedback is one of " + FeedbackMode.ids()));
		Path corpusDir = context.resolve(a.required("--corpus"));
		List<String> documents = Arrays.stream(a.required("--documents").split(",")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
		if (documents.isEmpty()) {
			throw new UsageException("--documents needs at least one document id");
		}
		String reference = name(a.required("--reference"), "--reference");
		Path out = context.resolve(a.required("--out"));
		Optional<Path> referenceOut = a.option("--reference-out").map(context::resolve);
		if (referenceOut.isPresent() && referenceOut.get().equals(out)) {
			throw new UsageException("--out and --reference-out must be different files");
		}
		Optional<String> guidelines = Optional.empty();
		if (a.option("--guidelines").isPresent()) {
			Path file = context.resolve(a.option("--guidelines").get());
			guidelines = Optional.of(Files.readString(file, StandardCharsets.UTF_8));
		}
		Corpus corpus = Corpus.open(corpusDir);
		String title = a.option("--name").orElse("Exercise: " + corpus.name());
		ExerciseManifest manifest = ExercisePackage.create(
				new ExercisePackage.Request(corpus, title, documents, guidelines, reference, feedback, deadline,
						attempts), out,
				referenceOut);
		context.out().println("wrote " + out + ": exercise " + manifest.id() + " with " + manifest.documents().size()
				+ " documents" + (guidelines.isPresent() ? " and guidelines" : "") + ", no annotations; feedback: "
				+ feedback.id() + deadline.map(d -> "; deadline " + d).orElse("") + "; the " + attempts.id()
				+ " attempt counts");
		referenceOut.ifPresent(r -> context.out().println("wrote " + r + ": the reference of " + reference
				+ " (keep it; do not hand it out)"));
		return ExitCodes.OK;
	}

	private static int open(List<String> args, CommandContext context) throws IOException {
		Arguments a = parse(args, Set.of("--into", "--student"), 1);
		Path zip = context.resolve(a.positional().get(0));
		Path into = context.resolve(a.required("--into"));
		Optional<String> student = a.option("--student").map(s -> name(s, "--student"));
		ExercisePackage.Opened opened = ExercisePackage.open(zip, into, student, ZipLimits.DEFAULT);
		context.out().println("opened exercise \"" + opened.manifest().name() + "\" (" + opened.manifest().documents().size()
				+ " documents) as corpus " + into);
		return ExitCodes.OK;
	}

	private static int submit(List<String> args, CommandContext context) throws IOException {
		Arguments a = parse(args, Set.of("--corpus", "--student", "--out"), 0);
		Path folder = context.resolve(a.required("--corpus"));
		String student = name(a.required("--student"), "--student");
		Path out = context.resolve(a.required("--out"));
		Corpus corpus = Corpus.open(folder);
		SubmissionManifest manifest = Submissions.pack(corpus, student, out);
		long annotated = corpus.documentIdsAnnotatedBy(student).stream()
				.filter(id -> manifest.documents().stream().anyMatch(d -> d.id().equals(id))).count();
		context.out().println("wrote " + out + ": " + annotated + " of " + manifest.documents().size()
				+ " documents annotated by " + student);
		if (annotated < manifest.documents().size()) {
			context.err().println("exercise: warning: " + (manifest.documents().size() - annotated)
					+ " documents have no annotations of " + student + "; everything in them counts as missed");
		}
		return ExitCodes.OK;
	}

	private static int grade(List<String> args, CommandContext context) throws IOException {
		Arguments a = parse(args, Set.of("--reference", "--reference-annotator", "--submissions", "--out",
				"--exercise", "--types", "--attempts", "--feedback"), 0);
		Optional<FeedbackMode> release = a.option("--feedback").map(m -> FeedbackMode.of(m)
				.orElseThrow(() -> new UsageException("--feedback is one of " + FeedbackMode.ids())));
		Optional<Gradebook.Counting> counting = a.option("--attempts").map(ExerciseCommand::counting);
		List<String> types = a.option("--types").map(t -> Arrays.stream(t.split(",")).map(String::strip)
				.filter(x -> !x.isEmpty()).distinct().toList()).orElse(List.of());
		if (a.option("--types").isPresent() && types.isEmpty()) {
			throw new UsageException("--types needs at least one tag type");
		}
		Path source = context.resolve(a.required("--reference"));
		String annotator = name(a.required("--reference-annotator"), "--reference-annotator");
		Path submissions = context.resolve(a.required("--submissions"));
		Path out = context.resolve(a.required("--out"));
		Optional<Path> exercise = a.option("--exercise").map(context::resolve);
		if (!Files.isDirectory(submissions)) {
			context.err().println("exercise: " + submissions + ": is not a folder of submission zips");
			return ExitCodes.FAILED;
		}
		Gradebook book;
		try (ExerciseReference reference = ExerciseReference.open(source, annotator, exercise, ZipLimits.DEFAULT)) {
			book = Grader.grade(reference, submissions, ZipLimits.DEFAULT, types);
			book = book.counting(counting.orElse(book.counting()));
			Files.createDirectories(out);
			write(out.resolve("gradebook.csv"), GradebookCsv.write(book));
			write(out.resolve("report.html"), GradeReport.html(book, reference.corpus().schema()));
			write(out.resolve("missed.csv"), MostMissed.csv(MostMissed.of(book)));
			Path feedback = Files.createDirectories(out.resolve("feedback"));
			FeedbackMode mode = release.orElse(reference.manifest().feedback());
			for (StudentGrade.Graded graded : book.graded()) {
				String stem = graded.file().substring(0, graded.file().length() - ".zip".length());
				write(feedback.resolve(stem + ".txt"), StudentFeedback.text(book, graded, mode));
				AtomicFiles.write(feedback.resolve(stem + ".json"),
						FeedbackFile.of(book, graded, mode, reference).toJson());
			}
		}
		for (String warning : book.sparseWarnings()) {
			context.err().println("exercise: warning: " + warning);
		}
		for (StudentGrade.Failed failed : book.failed()) {
			context.err().println("exercise: not graded: " + failed.error());
		}
		FeedbackMode created = book.exercise().feedback();
		context.out().println("graded " + book.graded().size() + " of " + book.grades().size() + " submissions ("
				+ book.failed().size() + " failed); wrote " + out.resolve("gradebook.csv") + ", "
				+ out.resolve("report.html") + " and the students' feedback ("
				+ release.orElse(created).id() + release.filter(m -> m != created)
						.map(m -> ", released: the exercise says " + created.id()).orElse("")
				+ ") in " + out.resolve("feedback"));
		return ExitCodes.OK;
	}

	private static int accept(List<String> args, CommandContext context) throws IOException {
		Arguments a = Arguments.parse(args, Set.of("--reference", "--reference-annotator", "--exercise",
				"--submission", "--document", "--at"), Set.of("--undo"));
		if (!a.positional().isEmpty()) {
			throw new UsageException("unexpected argument " + a.positional().get(0));
		}
		Path source = context.resolve(a.required("--reference"));
		if (!Files.isDirectory(source)) {
			throw new UsageException("--reference must be the instructor's corpus folder (the reference is changed)");
		}
		String annotator = name(a.required("--reference-annotator"), "--reference-annotator");
		if (a.flag("--undo")) {
			for (String other : List.of("--exercise", "--submission", "--document", "--at")) {
				if (a.option(other).isPresent()) {
					throw new UsageException("--undo undoes the last acceptance; it takes no " + other);
				}
			}
			Corpus corpus = Corpus.open(source);
			context.out().println(ReferenceHistory.undoLast(corpus, annotator) + "; grade again to regrade the class ("
					+ ReferenceHistory.changes(source, annotator).size() + " earlier acceptances can be undone)");
			return ExitCodes.OK;
		}
		int[] at = at(a.required("--at"));
		int start = at[0];
		int end = at[1];
		try (ExerciseReference reference = ExerciseReference.open(source, annotator,
				a.option("--exercise").map(context::resolve), ZipLimits.DEFAULT)) {
			context.out().println(Disputes.accept(reference, context.resolve(a.required("--submission")),
					a.required("--document"), start, end, ZipLimits.DEFAULT) + "; grade again to regrade the class");
		}
		return ExitCodes.OK;
	}

	private static int dispute(List<String> args, CommandContext context) throws IOException {
		Arguments a = Arguments.parse(args, Set.of("--submission", "--document", "--at", "--note", "--type"),
				Set.of("--overall"));
		if (!a.positional().isEmpty()) {
			throw new UsageException("unexpected argument " + a.positional().get(0));
		}
		Path submission = context.resolve(a.required("--submission"));
		boolean onScore = a.option("--type").isPresent() || a.flag("--overall");
		if (onScore && (a.option("--document").isPresent() || a.option("--at").isPresent()
				|| a.option("--type").isPresent() && a.flag("--overall"))) {
			throw new UsageException("a note is on an item (--document and --at), on a type's score (--type) or on"
					+ " the overall score (--overall): name one");
		}
		List<Dispute> notes;
		if (a.option("--note").isEmpty()) {
			if (a.option("--document").isPresent() || a.option("--at").isPresent() || onScore) {
				throw new UsageException("--note is needed with --document and --at, --type or --overall: say why");
			}
			Disputes.Notes all = Disputes.readAll(submission, ZipLimits.DEFAULT);
			notes = all.items();
			printScoreNotes(all.scores(), context);
			if (notes.isEmpty() && all.scores().isEmpty()) {
				context.out().println(submission + " carries no dispute notes");
			}
		} else if (onScore) {
			ScoreDispute dispute;
			try {
				dispute = new ScoreDispute(a.option("--type").orElse(""), a.option("--note").get(), Instant.now());
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
			List<ScoreDispute> scores = Disputes.attach(submission, dispute, ZipLimits.DEFAULT);
			context.out().println("added the note to " + submission + "; hand it in again");
			printScoreNotes(scores, context);
			return ExitCodes.OK;
		} else {
			int[] at = at(a.required("--at"));
			Dispute dispute;
			try {
				dispute = new Dispute(a.required("--document"), at[0], at[1], a.option("--note").get(), Instant.now());
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
			notes = Disputes.attach(submission, dispute, ZipLimits.DEFAULT);
			context.out().println("added the note to " + submission + "; hand it in again");
		}
		for (Dispute d : notes) {
			context.out().println(d.document() + " " + d.start() + "-" + d.end() + ": " + d.note());
		}
		return ExitCodes.OK;
	}

	private static void printScoreNotes(List<ScoreDispute> scores, CommandContext context) {
		for (ScoreDispute d : scores) {
			context.out().println(d.subject() + ": " + d.note());
		}
	}

	private static int[] at(String value) {
		String[] at = value.split("-");
		try {
			return new int[] { Integer.parseInt(at[0].strip()), Integer.parseInt(at.length == 2 ? at[1].strip() : "") };
		} catch (NumberFormatException e) {
			throw new UsageException("--at is <start>-<end>, e.g. --at 120-168");
		}
	}

	private static int term(List<String> args, CommandContext context) throws IOException {
		Arguments a = Arguments.parse(args, Set.of("--out"), Set.of());
		if (a.positional().isEmpty()) {
			throw new UsageException("give the grade folders of the term's exercises");
		}
		Path out = context.resolve(a.required("--out"));
		TermGradebook term = TermGradebook.read(a.positional().stream().map(context::resolve).toList());
		Files.createDirectories(out);
		write(out.resolve("term.csv"), term.csv());
		write(out.resolve("term-missed.csv"), term.missedCsv());
		write(out.resolve("term.html"), term.html());
		context.out().println("wrote " + out.resolve("term.csv") + ", " + out.resolve("term-missed.csv") + " and "
				+ out.resolve("term.html") + " ("
				+ a.positional().size() + " exercises)");
		return ExitCodes.OK;
	}

	private static int calibrate(List<String> args, CommandContext context) throws IOException {
		Arguments a = parse(args, Set.of("--corpus", "--instructors", "--documents", "--types"), 0);
		Path folder = context.resolve(a.required("--corpus"));
		List<String> instructors = list(Optional.of(a.required("--instructors")));
		if (instructors.size() != 2) {
			throw new UsageException("--instructors needs exactly two names, e.g. --instructors ann,ben");
		}
		instructors.forEach(name -> name(name, "--instructors"));
		Calibration calibration = Calibration.of(Corpus.open(folder), instructors.get(0), instructors.get(1),
				list(a.option("--types")), list(a.option("--documents")));
		if (calibration.selection().documents().isEmpty()) {
			context.err().println("exercise: " + folder + ": no document has sets of both " + instructors.get(0)
					+ " and " + instructors.get(1));
			return ExitCodes.FAILED;
		}
		context.out().print(calibration.text());
		return ExitCodes.OK;
	}

	private static Gradebook.Counting counting(String value) {
		return Gradebook.Counting.of(value).orElseThrow(() -> new UsageException("--attempts is last or best"));
	}

	private static Instant instant(String value) {
		try {
			return Instant.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException("--deadline \"" + value + "\" is not a UTC time such as 2026-12-10T23:59:00Z");
		}
	}

	private static List<String> list(Optional<String> value) {
		return value.map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(x -> !x.isEmpty()).distinct()
				.toList()).orElse(List.of());
	}

	private static void write(Path file, String content) throws IOException {
		AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
	}

	private static Arguments parse(List<String> args, Set<String> options, int positional) {
		Arguments a = Arguments.parse(args, options, Set.of());
		if (a.positional().size() != positional) {
			throw new UsageException(positional == 0 ? "unexpected argument " + a.positional().get(0)
					: a.positional().isEmpty() ? "give the exercise zip" : "unexpected argument " + a.positional().get(1));
		}
		return a;
	}

	private static String name(String value, String option) {
		if (!DocumentIds.isValid(value)) {
			throw new UsageException(option + " \"" + value + "\" is not a valid name: use ASCII letters, digits,"
					+ " '.', '_' or '-', starting with a letter or digit");
		}
		return value;
	}
}

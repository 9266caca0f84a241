package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.agreement.CodingAgreement;
import org.policyannotator.analysis.agreement.Level;
import org.policyannotator.analysis.agreement.Measure;
import org.policyannotator.analysis.agreement.Quantity;
import org.policyannotator.analysis.agreement.ReliabilityData;
import org.policyannotator.analysis.corpus.AgreementReportJson;
import org.policyannotator.analysis.corpus.AgreementReportText;
import org.policyannotator.analysis.corpus.CorpusAgreement;
import org.policyannotator.analysis.corpus.CorpusAgreementReport;
import org.policyannotator.analysis.corpus.LevelAgreement;
import org.policyannotator.analysis.corpus.SentenceAgreement;
import org.policyannotator.analysis.corpus.SentenceAgreementText;
import org.policyannotator.analysis.table.ReliabilityTable;
import org.policyannotator.analysis.table.TableFormatException;
import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

/**
 * {@code agreement}: inter-annotator agreement, from one of two sources. {@code --table}: one coefficient for
 * reliability data coded elsewhere (a CSV table, read in {@link #load}). {@code --corpus}: span agreement between the
 * annotators of a corpus (unitizing alpha and token-based alpha / kappa, overall, per type, per document and
 * pairwise; computed by {@link CorpusAgreement}).
 */
public final class AgreementCommand implements Subcommand {
	private static final Set<String> VALUE_OPTIONS = Set.of("--table", "--measure", "--level", "--corpus",
			"--annotators", "--types", "--documents", "--where", "--units");
	private static final Set<String> FLAGS = Set.of("--json");

	/** Creates the command (the command line instantiates it reflectively or through its registry). */
	public AgreementCommand() {
	}

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String summary() {
		return "inter-annotator agreement of a corpus (unitizing alpha, token alpha/kappa) or of a CSV table";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator agreement --corpus <dir> [--annotators a,b,...] [--types t1,t2,...]
				                                 [--documents d1,d2,...] [--where <filter>] [--units sentence] [--json]
				       policyannotator agreement --table <data.csv> --measure <measure> [--level <level>] [--json]

				  --corpus <dir>     agreement between the annotators of a corpus on their spans: Krippendorff's
				                     unitizing alpha (continuum = text in UTF-16 units, categories = tag types) and
				                     token-based Krippendorff's alpha and Cohen's kappa (kappa for two annotators
				                     and for every pair), overall, per type, per document and as an annotator x
				                     annotator matrix
				  --annotators <a,b> annotators to compare (default: every annotator with sets in the corpus)
				  --types <t1,t2>    tag types to compare (default: every type used in the compared sets)
				  --documents <d1,..> documents to consider (default: all). Only documents every chosen annotator
				                     has a set for are compared; the others are listed as skipped
				  --where <filter>   %s

				  --units sentence   add the coding agreement on the documents' shared sentence units (with their
				                     hand corrections): a sentence takes, per annotator, the code of an annotation
				                     covering more than half of it, else "(none)"; percentage agreement, Cohen's
				                     kappa (two annotators), Fleiss' kappa and Krippendorff's nominal alpha over all
				                     codes and per code, and per level of a hierarchical codebook
				                     ("sentenceUnits" in --json)

				Hierarchical codebook: the report adds a table per level of the tree ("levels" in --json), where
				every annotation counts as its ancestor at that level, so annotators who chose different subtopics
				of the same topic agree at the topic's level.

				Token rule: a token is a run of letters and digits; it takes the type of an annotation sharing a
				character with it, the shortest annotation winning when types compete; otherwise "none".
				Details: docs/agreement-and-grading.md.

				  --table <file>     CSV (RFC 4180, UTF-8, BOM allowed): a header row of coder names, then one row
				                     per unit with one cell per coder; an empty cell is a missing value
				  --measure <m>      %s
				  --level <level>    nominal (default), ordinal, interval or ratio; krippendorff-alpha only.
				                     Ordinal, interval and ratio values must be numbers (ordinal ranks numerically)
				  --json             print the result as one JSON object (same numbers as the tables)

				Missing values: cohen-kappa, scott-pi and fleiss-kappa drop every unit with a missing value;
				percent and krippendorff-alpha drop only units with fewer than two values. The output says how
				many units were dropped. cohen-kappa and scott-pi need exactly two coders.
				Exit codes: 0 ok; 1 the table or corpus cannot be used, or the coefficient is undefined (for
				--corpus: fewer than two annotators, no document annotated by all, or no annotations); the reason
				is printed on stderr, and --json prints "value": null; 2 bad usage.
				""".formatted(DocumentSelection.USAGE,
						Arrays.stream(Measure.values()).map(Measure::id).collect(Collectors.joining(", ")));
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args, VALUE_OPTIONS, FLAGS);
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("unexpected argument " + arguments.positional().get(0));
		}
		if (arguments.option("--corpus").isPresent()) {
			return runOnCorpus(arguments, context);
		}
		for (String option : List.of("--annotators", "--types", "--documents", "--where", "--units")) {
			if (arguments.option(option).isPresent()) {
				throw new UsageException(option + " applies to --corpus only");
			}
		}
		Measure measure = parseMeasure(arguments.required("--measure"));
		Level level = arguments.option("--level").map(AgreementCommand::parseLevel).orElse(Level.NOMINAL);
		if (level != Level.NOMINAL && !measure.supportsLevels()) {
			throw new UsageException("--level applies to krippendorff-alpha only; " + measure.id() + " is nominal");
		}
		Path file = context.resolve(arguments.required("--table"));
		Optional<ReliabilityData> data = load(file, measure, level, context.err());
		if (data.isEmpty()) {
			return ExitCodes.FAILED;
		}
		AgreementResult result;
		try {
			result = CodingAgreement.compute(measure, level, data.get());
		} catch (IllegalArgumentException e) {
			context.err().println("agreement: " + file + ": " + e.getMessage());
			return ExitCodes.FAILED;
		}
		int totalUnits = data.get().unitCount();
		if (arguments.flag("--json")) {
			context.out().println(toJson(result, data.get(), file));
		} else {
			printText(result, data.get(), context.out());
		}
		if (!result.isDefined()) {
			context.err().println("agreement: " + measure.displayName() + " is undefined for " + file + ": "
					+ result.undefinedReason().orElse("") + " (" + totalUnits + " units)");
			return ExitCodes.FAILED;
		}
		return ExitCodes.OK;
	}

	private static int runOnCorpus(Arguments arguments, CommandContext context) {
		for (String option : List.of("--table", "--measure", "--level")) {
			if (arguments.option(option).isPresent()) {
				throw new UsageException(option + " applies to --table only; --corpus reports every coefficient");
			}
		}
		Path folder = context.resolve(arguments.required("--corpus"));
		List<String> annotators = list(arguments.option("--annotators"));
		List<String> types = list(arguments.option("--types"));
		List<String> documents = list(arguments.option("--documents"));
		Optional<String> units = arguments.option("--units");
		if (units.isPresent() && !units.get().equals("sentence")) {
			throw new UsageException("--units takes sentence (the only shared unit so far), not " + units.get());
		}
		PrintStream err = context.err();
		CorpusAgreement selection;
		Corpus corpus;
		try {
			corpus = Corpus.open(folder);
			documents = DocumentSelection.of(corpus, arguments.option("--where"), documents);
			for (String type : types) {
				if (corpus.schema().tagType(type).isEmpty()) {
					err.println("agreement: " + folder + ": warning: type " + type + " is not in the schema");
				}
			}
			selection = CorpusAgreement.read(corpus, annotators, types, documents);
		} catch (CorpusException | IllegalArgumentException e) {
			err.println("agreement: " + e.getMessage());
			return ExitCodes.FAILED;
		}
		if (selection.annotators().size() < 2) {
			err.println("agreement: " + folder + ": agreement needs at least two annotators with annotation sets; "
					+ (selection.annotators().isEmpty() ? "the corpus has none"
							: "there is only " + String.join(", ", selection.annotators())));
			return ExitCodes.FAILED;
		}
		if (selection.documentCount() == 0) {
			err.println("agreement: " + folder + ": no document has a set from every one of "
					+ String.join(", ", selection.annotators()) + " (" + selection.skipped().size()
					+ " documents skipped); nothing to compare");
			return ExitCodes.FAILED;
		}
		CorpusAgreementReport report = selection.report();
		List<LevelAgreement> levels = selection.levels(corpus.schema().tree());
		Optional<SentenceAgreement.Report> sentences;
		try {
			sentences = units.isEmpty() ? Optional.empty()
					: Optional.of(SentenceAgreement.compute(corpus, annotators, types, documents));
		} catch (CorpusException | IllegalArgumentException e) {
			err.println("agreement: " + e.getMessage());
			return ExitCodes.FAILED;
		}
		String source = folder.toString();
		if (arguments.flag("--json")) {
			context.out().println(AgreementReportJson.format(report, levels, sentences, source));
		} else {
			context.out().print(AgreementReportText.format(report, levels, source));
			sentences.ifPresent(s -> context.out().print("\n" + SentenceAgreementText.format(s)));
		}
		if (report.overall().allTypes().annotations() == 0) {
			err.println("agreement: " + folder + ": the " + report.documents().size()
					+ " compared documents have no annotations" + (types.isEmpty() ? "" : " of the chosen types")
					+ "; agreement is undefined");
			return ExitCodes.FAILED;
		}
		return ExitCodes.OK;
	}

	private static List<String> list(Optional<String> value) {
		if (value.isEmpty()) {
			return List.of();
		}
		List<String> items = Arrays.stream(value.get().split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.distinct().toList();
		if (items.isEmpty()) {
			throw new UsageException("an empty list was given: " + value.get());
		}
		return items;
	}

	/** Reads and checks the table; prints the problem and returns empty when it cannot be used. */
	private static Optional<ReliabilityData> load(Path file, Measure measure, Level level, PrintStream err) {
		try {
			ReliabilityTable table = ReliabilityTable.read(file);
			table.requireSuitableFor(level);
			int coders = table.data().coderCount();
			if ((measure == Measure.COHEN_KAPPA || measure == Measure.SCOTT_PI) && coders != 2) {
				err.println("agreement: " + file + ": " + measure.id() + " needs exactly 2 coders, the header names " + coders + " ("
						+ String.join(", ", table.data().coders())
						+ "); use fleiss-kappa or krippendorff-alpha for more coders");
				return Optional.empty();
			}
			return Optional.of(table.data());
		} catch (NoSuchFileException e) {
			err.println("agreement: " + file + ": no such file");
		} catch (IOException e) {
			err.println("agreement: " + file + ": cannot read: " + e.getMessage());
		} catch (TableFormatException e) {
			err.println("agreement: " + e.getMessage());
		}
		return Optional.empty();
	}

	private static Measure parseMeasure(String id) {
		return Measure.fromId(id).orElseThrow(() -> new UsageException("unknown measure '" + id + "'; one of "
				+ Arrays.stream(Measure.values()).map(Measure::id).collect(Collectors.joining(", "))));
	}

	private static Level parseLevel(String id) {
		return Level.fromId(id).orElseThrow(() -> new UsageException(
				"unknown level '" + id + "'; one of nominal, ordinal, interval, ratio"));
	}

	private static void printText(AgreementResult result, ReliabilityData data, PrintStream out) {
		String name = result.measure().displayName()
				+ (result.measure().supportsLevels() ? " (" + result.level().id() + ")" : "");
		out.println(name + ": " + (result.isDefined() ? format(result.value().getAsDouble())
				: "undefined (" + result.undefinedReason().orElse("") + ")"));
		out.println("units: " + result.units() + " of " + data.unitCount()
				+ (result.unitsDropped() > 0 ? " (" + result.unitsDropped() + " dropped: " + dropReason(result) + ")" : ""));
		out.println("coders: " + result.coders() + " (" + String.join(", ", data.coders()) + ")");
		String quantity = result.quantity().id();
		result.observed().ifPresent(v -> out.println("observed " + quantity + ": " + format(v)));
		result.expected().ifPresent(v -> out.println("expected " + quantity + ": " + format(v)));
	}

	private static String dropReason(AgreementResult result) {
		return switch (result.measure()) {
			case COHEN_KAPPA, SCOTT_PI, FLEISS_KAPPA -> "missing values";
			case PERCENT, KRIPPENDORFF_ALPHA -> "fewer than two values";
		};
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	static String toJson(AgreementResult result, ReliabilityData data, Path file) {
		String quantity = result.quantity() == Quantity.AGREEMENT ? "Agreement" : "Disagreement";
		StringBuilder json = new StringBuilder("{");
		json.append("\"measure\":").append(string(result.measure().id()));
		json.append(",\"level\":").append(string(result.level().id()));
		json.append(",\"value\":").append(number(result.value()));
		result.undefinedReason().ifPresent(r -> json.append(",\"undefinedReason\":").append(string(r)));
		json.append(",\"units\":").append(result.units());
		json.append(",\"unitsDropped\":").append(result.unitsDropped());
		json.append(",\"unitsTotal\":").append(data.unitCount());
		json.append(",\"coders\":").append(result.coders());
		json.append(",\"coderNames\":[")
				.append(data.coders().stream().map(AgreementCommand::string).collect(Collectors.joining(",")))
				.append(']');
		json.append(",\"observed").append(quantity).append("\":").append(number(result.observed()));
		json.append(",\"expected").append(quantity).append("\":").append(number(result.expected()));
		json.append(",\"table\":").append(string(file.toString()));
		return json.append('}').toString();
	}

	private static String number(OptionalDouble value) {
		return value.isPresent() ? Double.toString(value.getAsDouble()) : "null";
	}

	private static String string(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					} else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}
}

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
import org.policyannotator.analysis.table.ReliabilityTable;
import org.policyannotator.analysis.table.TableFormatException;
import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;

/**
 * {@code agreement}: an agreement coefficient for reliability data. Today the data come from a CSV table coded
 * elsewhere ({@code --table}); {@code --corpus} (agreement between the annotators of a corpus) is reserved and
 * rejected as not yet available. A new source only has to produce {@link ReliabilityData} in {@link #load}.
 */
public final class AgreementCommand implements Subcommand {
	private static final Set<String> VALUE_OPTIONS = Set.of("--table", "--measure", "--level", "--corpus",
			"--annotators");
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
		return "inter-coder agreement (percent, Cohen, Scott, Fleiss, Krippendorff alpha) of a CSV table";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator agreement --table <data.csv> --measure <measure> [--level <level>] [--json]

				  --table <file>     CSV (RFC 4180, UTF-8, BOM allowed): a header row of coder names, then one row
				                     per unit with one cell per coder; an empty cell is a missing value
				  --measure <m>      %s
				  --level <level>    nominal (default), ordinal, interval or ratio; krippendorff-alpha only.
				                     Ordinal, interval and ratio values must be numbers (ordinal ranks numerically)
				  --json             print the result as one JSON object
				  --corpus <dir>     agreement between the annotators of a corpus: not yet available

				Missing values: cohen-kappa, scott-pi and fleiss-kappa drop every unit with a missing value;
				percent and krippendorff-alpha drop only units with fewer than two values. The output says how
				many units were dropped. cohen-kappa and scott-pi need exactly two coders.
				Exit codes: 0 ok; 1 the table cannot be used or the coefficient is undefined for it (the reason is
				printed on stderr, and --json prints "value": null); 2 bad usage.
				""".formatted(Arrays.stream(Measure.values()).map(Measure::id).collect(Collectors.joining(", ")));
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args, VALUE_OPTIONS, FLAGS);
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("unexpected argument " + arguments.positional().get(0));
		}
		if (arguments.option("--corpus").isPresent() || arguments.option("--annotators").isPresent()) {
			throw new UsageException("--corpus is not yet available; compute agreement from a table with --table");
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

package org.policyannotator.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.policyannotator.app.cli.CommandContext;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Where a benchmark's figures go. Without {@code --json} a benchmark prints its readable lines and {@link #record}
 * prints nothing; with {@code --json} the readable lines are dropped and each recorded figure is one JSON object on
 * its own line: {@code {"bench", "measure", "size", "median_ms", "p95_ms", "baseline", "baseline_median_ms",
 * "ratio"}}, the baseline being the limit the figure is compared with in the same run (or {@code null}).
 */
public final class Figures {
	/** The option that asks for JSON lines. */
	public static final String JSON = "--json";
	private static final JsonFactory FACTORY = new JsonFactory();
	private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

	private final String bench;
	private final boolean json;
	private final List<String> args;
	private final CommandContext context;
	private final PrintStream lines;

	private Figures(String bench, boolean json, List<String> args, CommandContext context, PrintStream lines) {
		this.bench = bench;
		this.json = json;
		this.args = args;
		this.context = context;
		this.lines = lines;
	}

	/** Takes {@code --json} out of {@code args}; the benchmark then reads its own options from {@link #args()}. */
	public static Figures start(String bench, List<String> args, CommandContext context) {
		List<String> rest = new ArrayList<>(args);
		boolean json = rest.removeIf(JSON::equals);
		CommandContext text = json ? new CommandContext(DISCARD, context.err(), context.workingDirectory()) : context;
		return new Figures(bench, json, List.copyOf(rest), text, context.out());
	}

	/** The benchmark's arguments without {@code --json}. */
	public List<String> args() {
		return args;
	}

	/** The context to print readable lines on: its output is discarded when JSON lines were asked for. */
	public CommandContext context() {
		return context;
	}

	/** Whether JSON lines were asked for. */
	public boolean json() {
		return json;
	}

	/** A figure measured in several rounds (milliseconds each) against a baseline measured alike, or none. */
	public void record(String measure, long size, double[] millis, String baseline, double[] baselineMillis) {
		double baselineMedian = baselineMillis == null ? Double.NaN : percentile(baselineMillis, 50);
		record(measure, size, percentile(millis, 50), percentile(millis, 95), baseline, baselineMedian);
	}

	/** A figure without a baseline. */
	public void record(String measure, long size, double[] millis) {
		record(measure, size, millis, null, null);
	}

	/** A figure given by its median and 95th percentile (equal for a single measurement). */
	public void record(String measure, long size, double medianMillis, double p95Millis, String baseline,
			double baselineMedianMillis) {
		if (!json) {
			return;
		}
		StringWriter line = new StringWriter();
		try (JsonGenerator g = FACTORY.createGenerator(line)) {
			g.writeStartObject();
			g.writeStringField("bench", bench);
			g.writeStringField("measure", measure);
			g.writeNumberField("size", size);
			number(g, "median_ms", medianMillis);
			number(g, "p95_ms", p95Millis);
			boolean hasBaseline = baseline != null && Double.isFinite(baselineMedianMillis);
			g.writeFieldName("baseline");
			if (hasBaseline) {
				g.writeString(baseline);
			} else {
				g.writeNull();
			}
			number(g, "baseline_median_ms", hasBaseline ? baselineMedianMillis : Double.NaN);
			number(g, "ratio", hasBaseline && baselineMedianMillis > 0 ? medianMillis / baselineMedianMillis
					: Double.NaN);
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		lines.println(line);
		lines.flush();
	}

	/** A figure measured once. */
	public void record(String measure, long size, double millis, String baseline, double baselineMillis) {
		record(measure, size, millis, millis, baseline, baselineMillis);
	}

	/** The {@code p}th percentile (nearest rank) of {@code values}; NaN when there are none. */
	static double percentile(double[] values, int p) {
		if (values == null || values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static void number(JsonGenerator g, String field, double value) throws IOException {
		g.writeFieldName(field);
		if (Double.isFinite(value)) {
			g.writeNumber(Math.round(value * 1000) / 1000.0);
		} else {
			g.writeNull();
		}
	}
}

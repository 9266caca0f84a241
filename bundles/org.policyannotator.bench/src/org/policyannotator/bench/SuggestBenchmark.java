package org.policyannotator.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.Suggesters;
import org.policyannotator.suggest.SuggestionRun;
import org.policyannotator.suggest.gold.GoldDocument;
import org.policyannotator.suggest.gold.GoldEvaluation;
import org.policyannotator.suggest.gold.GoldException;
import org.policyannotator.suggest.gold.GoldReader;

/**
 * {@code bench suggest --gold <dir>}: quality of the suggesters against a hand-annotated gold standard (precision,
 * recall and F1 per type under exact and overlap matching, share of quotes attributed to the right speaker) and
 * their throughput on one core (after a warm-up of 1.5 s of CPU, the gold texts run over and over for two seconds of
 * this thread's CPU time; MB/s of UTF-8 text per second of that CPU time, and by the wall clock).
 */
public final class SuggestBenchmark implements Benchmark {

	/**
	 * CPU time of warm-up before measuring: on a busy machine the compiler threads get little CPU, and 20 rounds of
	 * short articles left the measured rounds running code not yet compiled (0.8 MB/s instead of the steady ~2).
	 */
	private static final long WARM_UP_CPU_NANOS = 1_500_000_000L;

	/** Creates the benchmark. */
	public SuggestBenchmark() {
	}

	@Override
	public String name() {
		return "suggest";
	}

	@Override
	public String summary() {
		return "suggesters against a gold standard: P/R/F1 per type (exact, overlap), attribution, MB/s"
				+ " --gold <dir> (e.g. tests/org.policyannotator.suggest.tests/gold) [--misses: list each miss]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--gold", "--seconds"), Set.of("--misses"));
		Path folder = context.resolve(arguments.required("--gold"));
		int seconds = arguments.positiveInt("--seconds", 2);
		List<GoldDocument> gold;
		try {
			gold = GoldReader.read(folder);
		} catch (GoldException e) {
			throw new UsageException("bench suggest: " + e.getMessage());
		}
		List<Suggester> suggesters = Suggesters.builtIn();
		GoldEvaluation.Result r = GoldEvaluation.evaluate(gold, suggesters);
		var out = context.out();
		out.println("gold: " + folder + " (" + gold.size() + " documents, " + r.characters() + " characters)");
		out.println(String.format(Locale.ROOT, "%-32s %6s %6s %6s   %6s %6s %6s   %5s %5s %5s", "type", "P", "R",
				"F1", "P", "R", "F1", "gold", "sugg", "tp"));
		out.println(String.format(Locale.ROOT, "%-32s %20s   %20s", "", "exact", "overlap"));
		for (String c : GoldEvaluation.CATEGORIES) {
			GoldEvaluation.Counts e = r.exact().get(c);
			GoldEvaluation.Counts o = r.overlap().get(c);
			out.println(String.format(Locale.ROOT, "%-32s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %5d %5d %5d", c,
					e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1(),
					o.truePositives() + o.falseNegatives(), o.truePositives() + o.falsePositives(), o.truePositives()));
		}
		out.println(String.format(Locale.ROOT, "speaker attribution: %d of %d gold quotes linked to the right speaker"
				+ " (%.3f)", r.attributedRightly(), r.quotesWithSpeaker(), r.attribution()));
		if (arguments.flag("--misses")) {
			out.println("misses (overlap matching): document, type, missed/extra, text; attribution: quote, gold and"
					+ " suggested speaker");
			r.misses().forEach(m -> out.println("  " + m));
		}
		throughput(gold, suggesters, seconds, out, figures);
	}

	private static void throughput(List<GoldDocument> gold, List<Suggester> suggesters, int seconds,
			java.io.PrintStream out, Figures figures) {
		long bytesPerRound = gold.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		java.util.function.LongSupplier cpuNow = threads.isCurrentThreadCpuTimeSupported()
				? threads::getCurrentThreadCpuTime : System::nanoTime;
		long warmUntil = cpuNow.getAsLong() + WARM_UP_CPU_NANOS;
		for (int i = 0; i < 20 || cpuNow.getAsLong() < warmUntil; i++) { // warm-up: the JIT compiles
			gold.forEach(d -> SuggestionRun.run(d.text(), suggesters, List.of()));
		}
		long rounds = 0;
		long suggestions = 0;
		long cpuStart = cpuNow.getAsLong();
		long start = System.nanoTime();
		long cpuDeadline = cpuStart + seconds * 1_000_000_000L;
		while (cpuNow.getAsLong() < cpuDeadline) { // seconds of this thread's CPU, however busy the machine is
			for (GoldDocument d : gold) {
				suggestions += SuggestionRun.run(d.text(), suggesters, List.of()).size();
			}
			rounds++;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		double cpu = (cpuNow.getAsLong() - cpuStart) / 1e9;
		double mb = rounds * bytesPerRound / 1e6;
		figures.record("suggest-round", gold.size(), cpu * 1000 / Math.max(1, rounds), null, Double.NaN);
		out.println(String.format(Locale.ROOT, "throughput: %.2f MB/s per core of CPU time (%.1f MB of article text"
				+ " in %.2f s CPU), %.2f MB/s by the wall clock (%.2f s; lower when the machine is busy); %d"
				+ " suggestions per round", mb / cpu, mb, cpu, mb / elapsed, elapsed, suggestions / Math.max(1, rounds)));
	}
}

package org.policyannotator.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusWrites;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.SyncResult;
import org.policyannotator.team.git.TeamRepository;

/**
 * {@code bench sync}: a corpus of 10,000 documents shared through a bare repository by two clones; times, in each of
 * a few rounds, a synchronisation that sends 100 changed sets, one that receives them, and one that merges 50 sets
 * changed on each side; the figures are the median and 95th percentile of the rounds, against the 5 s target (the
 * baseline "target" of the JSON lines, so that ratio below 1 meets it).
 */
public final class SyncBenchmark implements Benchmark {
	private static final String TEXT = "The minister said trade rose 24.5 percent and proposed four points. ";
	private static final double TARGET_SECONDS = 5.0;

	@Override
	public String name() {
		return "sync";
	}

	@Override
	public String summary() {
		return "team sync of 10,000 documents with 100 changed sets (target < 5 s) [--documents n] [--changed n] "
				+ "[--rounds n] [--path]: through git daemon on loopback, or with --path the bare repository's folder";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments parsed = Arguments.parse(args, Set.of("--documents", "--changed", "--dir", "--rounds"),
				Set.of("--quick", "--path"));
		int documents = parsed.positiveInt("--documents", parsed.flag("--quick") ? 1000 : 10_000);
		int changed = parsed.positiveInt("--changed", 100);
		int rounds = parsed.positiveInt("--rounds", parsed.flag("--quick") ? 1 : 3);
		if (2L * changed * rounds > documents) {
			throw new UsageException("each round changes 2 x --changed sets of different documents: --documents ("
					+ documents + ") must be at least " + 2L * changed * rounds);
		}
		PrintStream out = context.out();
		Path dir = parsed.option("--dir").map(context::resolve).orElse(null);
		Path root = dir == null ? Files.createTempDirectory("pa-bench-sync") : Files.createDirectories(dir);
		Path ana = root.resolve("ana");
		Path ben = root.resolve("ben");
		long t0 = System.nanoTime();
		Corpus corpus = Corpus.create(ana, "bench", Schema.defaultSchema());
		try (CorpusWrites writes = corpus.writes()) {
			for (int i = 0; i < documents; i++) {
				writes.addDocument(Document.of(id(i), "Document " + i, TEXT.repeat(20)));
			}
			writes.commit();
		}
		TeamRepository.share(ana, Optional.of(root.resolve("remote.git").toString()), Optional.empty(),
				Progress.NONE).close();
		Process daemon = parsed.flag("--path") ? null : daemon(root);
		try {
			String remote = daemon == null ? root.resolve("remote.git").toString()
					: "git://127.0.0.1:" + port + "/remote.git";
			TeamRepository.share(ana, Optional.of(remote), Optional.empty(), Progress.NONE).close();
			TeamRepository.clone(remote, ben, Optional.empty(), Progress.NONE).close();
			out.println(String.format(Locale.ROOT, "setup: %,d documents shared and cloned in %.1f s; remote %s",
					documents, seconds(t0), remote));
			measure(out, figures, ana, ben, changed, rounds);
		} finally {
			if (daemon != null) {
				daemon.destroy();
				daemon.waitFor();
			}
		}
		out.println("target: each synchronisation under " + TARGET_SECONDS + " s on loopback; corpus in " + root);
	}

	private int port;

	/** {@code git daemon} serving the bare repository on loopback (Debian's git), until the benchmark ends. */
	private Process daemon(Path root) throws Exception {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process daemon = new ProcessBuilder("git", "daemon", "--export-all", "--enable=receive-pack",
				"--listen=127.0.0.1", "--port=" + port, "--reuseaddr", "--base-path=" + root, root.toString())
				.redirectErrorStream(true).redirectOutput(root.resolve("daemon.log").toFile()).start();
		for (int i = 0; i < 100; i++) {
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
				return daemon;
			} catch (java.io.IOException notYet) {
				Thread.sleep(100);
			}
		}
		daemon.destroy();
		throw new IllegalStateException("git daemon did not start on port " + port + " (see "
				+ root.resolve("daemon.log") + "); use --path to synchronise through the folder instead");
	}

	private static void measure(PrintStream out, Figures figures, Path ana, Path ben, int changed, int rounds)
			throws Exception {
		out.println(String.format(Locale.ROOT, "%-46s %8s %9s %9s %9s", "synchronisation", "seconds", "committed",
				"received", "conflicts"));
		double[] send = new double[rounds];
		double[] receive = new double[rounds];
		double[] merge = new double[rounds];
		int next = 0;
		for (int round = 0; round < rounds; round++) {
			tag(ana, "ana", next, changed);
			send[round] = line(out, "send " + changed + " changed sets (commit, fetch, push)", ana);
			receive[round] = line(out, "receive them (fetch, fast-forward)", ben);
			next += changed;
			tag(ana, "ana", next, changed / 2);
			tag(ben, "ben", next, changed - changed / 2);
			next += changed;
			line(out, (changed / 2) + " sets here, " + (changed - changed / 2) + " there: send", ana);
			merge[round] = line(out, "merge both sides' sets and push", ben);
			line(out, "receive the merge (fetch, fast-forward)", ana);
		}
		double[] target = { TARGET_SECONDS * 1000 };
		figures.record("send", changed, send, "target", target);
		figures.record("receive", changed, receive, "target", target);
		figures.record("merge", changed, merge, "target", target);
	}

	/** One synchronisation, printed; returns its milliseconds. */
	private static double line(PrintStream out, String what, Path corpus) throws Exception {
		long start = System.nanoTime();
		SyncResult result;
		try (TeamRepository team = TeamRepository.open(corpus)) {
			result = team.sync("bench", Optional.empty(), Progress.NONE);
		}
		double s = seconds(start);
		out.println(String.format(Locale.ROOT, "%-46s %8.2f %9d %9d %9d%s", what, s, result.committed().size(),
				result.received().size(), result.conflicts().size(), s < TARGET_SECONDS ? "" : "  (over target)"));
		return s * 1000;
	}

	private static void tag(Path dir, String annotator, int from, int count) throws Exception {
		Corpus corpus = Corpus.open(dir);
		try (CorpusWrites writes = corpus.writes()) {
			for (int i = from; i < from + count; i++) {
				AnnotationSet set = corpus.loadSet(annotator, id(i));
				set.add(Annotation.of(set.newId(), "statistic", List.of(Span.of(TEXT, 29, 41)), annotator,
						Instant.now()));
				writes.saveSet(set);
			}
			writes.commit();
		}
	}

	private static String id(int i) {
		return String.format(Locale.ROOT, "doc-%05d", i);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}

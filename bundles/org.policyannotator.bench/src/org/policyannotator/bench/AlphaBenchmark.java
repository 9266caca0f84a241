package org.policyannotator.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.policyannotator.analysis.unitizing.UnitizingAlpha;
import org.policyannotator.analysis.unitizing.UnitizingData;
import org.policyannotator.analysis.unitizing.UnitizingResult;
import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.UsageException;

/**
 * {@code bench alpha}: Krippendorff's unitizing alpha over synthetic spans of two annotators (many documents, six
 * categories, the second annotator agreeing with jittered boundaries, disagreeing on category, missing and adding
 * spans). Prints, per size, the time to build the data and to compute alpha, the bytes allocated by this thread
 * (com.sun.management.ThreadMXBean) and the heap retained by the built data after a GC.
 */
public final class AlphaBenchmark implements Benchmark {
	private static final String[] CATEGORIES = { "claim", "statistic", "proposal", "quote", "speaker", "source" };
	private static final String[] ANNOTATORS = { "annotator-a", "annotator-b" };

	/** Creates the benchmark. */
	public AlphaBenchmark() {
	}

	@Override
	public String name() {
		return "alpha";
	}

	@Override
	public String summary() {
		return "unitizing alpha over 10k, 100k and 1M spans of two annotators: time, allocation, retained heap"
				+ " [--spans n,n,...]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--spans"), Set.of());
		int[] sizes = arguments.option("--spans").map(AlphaBenchmark::parseSizes)
				.orElse(new int[] { 10_000, 100_000, 1_000_000 });
		var out = context.out();
		out.println("unitizing alpha: 2 annotators, " + CATEGORIES.length
				+ " categories, ~200 spans per document, partial overlaps");
		measure(Spans.generate(200_000, 1)); // warm-up, not printed
		out.println(String.format(Locale.ROOT, "%10s %9s %9s %9s %9s %13s %8s %12s %8s %8s", "spans", "documents",
				"build ms", "alpha ms", "total ms", "allocated MB", "B/span", "retained MB", "B/span", "alpha"));
		for (int size : sizes) {
			Spans spans = Spans.generate(size, 42);
			Timing f = measure(spans);
			figures.record("alpha", spans.count, (f.buildNanos + f.alphaNanos) / 1e6, null, Double.NaN);
			out.println(String.format(Locale.ROOT, "%,10d %,9d %9.1f %9.1f %9.1f %13.1f %8.0f %12.1f %8.0f %8.4f",
					spans.count, spans.documents, f.buildNanos / 1e6, f.alphaNanos / 1e6,
					(f.buildNanos + f.alphaNanos) / 1e6, f.allocated / 1e6, f.allocated / (double) spans.count,
					f.retained / 1e6, f.retained / (double) spans.count, f.alpha));
		}
		out.println("allocated = bytes allocated by this thread while building the data and computing alpha;"
				+ " retained = heap held by the built data after GC");
	}

	private static int[] parseSizes(String list) {
		try {
			int[] sizes = Arrays.stream(list.split(",")).mapToInt(v -> Integer.parseInt(v.trim().replace("_", "")))
					.toArray();
			if (Arrays.stream(sizes).anyMatch(size -> size < 1)) {
				throw new NumberFormatException();
			}
			return sizes;
		} catch (NumberFormatException e) {
			throw new UsageException("--spans takes positive numbers separated by commas, e.g. 10000,100000");
		}
	}

	private record Timing(long buildNanos, long alphaNanos, long allocated, long retained, double alpha) {
	}

	private static Timing measure(Spans spans) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
		long thread = Thread.currentThread().threadId();
		long heapBefore = usedHeapAfterGc();
		long allocatedBefore = threads.getThreadAllocatedBytes(thread);
		long t0 = System.nanoTime();
		UnitizingData data = spans.toData();
		long t1 = System.nanoTime();
		UnitizingResult result = UnitizingAlpha.compute(data);
		long t2 = System.nanoTime();
		long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
		long retained = usedHeapAfterGc() - heapBefore;
		Reference.reachabilityFence(data);
		return new Timing(t1 - t0, t2 - t1, allocated, retained, result.overall().value().orElse(Double.NaN));
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	/** Synthetic spans in primitive arrays, so that generating them is not measured. */
	private static final class Spans {
		final List<String> documentIds = new ArrayList<>();
		final List<Integer> documentLengths = new ArrayList<>();
		int[] annotator = new int[1024];
		int[] document = new int[1024];
		int[] start = new int[1024];
		int[] end = new int[1024];
		int[] category = new int[1024];
		int count;
		int documents;

		static Spans generate(int target, long seed) {
			Random random = new Random(seed);
			Spans spans = new Spans();
			while (spans.count < target) {
				spans.addDocument(random, target);
			}
			return spans;
		}

		/** About 100 spans of annotator A per document; B mostly follows A with jittered boundaries. */
		private void addDocument(Random random, int target) {
			int doc = documents++;
			int position = random.nextInt(200);
			int previousB = 0;
			List<int[]> a = new ArrayList<>();
			while (a.size() < 100 && count + 2 * a.size() < target) {
				int length = 10 + random.nextInt(140);
				a.add(new int[] { position, position + length, random.nextInt(CATEGORIES.length) });
				position += length + 5 + random.nextInt(80);
			}
			int length = position + random.nextInt(300);
			for (int i = 0; i < a.size() && count < target; i++) {
				int[] span = a.get(i);
				add(0, doc, span[0], span[1], span[2]);
				int roll = random.nextInt(100);
				if (roll < 8 || count >= target) {
					continue; // B missed it
				}
				int s = Math.max(previousB, span[0] + random.nextInt(21) - 10);
				int e = Math.min(length, span[1] + random.nextInt(21) - 10);
				if (e - s < 3) {
					continue;
				}
				int cat = roll < 18 ? (span[2] + 1 + random.nextInt(CATEGORIES.length - 1)) % CATEGORIES.length
						: span[2];
				add(1, doc, s, e, cat);
				previousB = e;
				int nextA = i + 1 < a.size() ? a.get(i + 1)[0] : length;
				if (roll >= 92 && nextA - e > 30 && count < target) { // B adds a span A does not have
					int extraStart = e + 5;
					int extraEnd = extraStart + Math.min(60, nextA - extraStart - 15);
					add(1, doc, extraStart, extraEnd, random.nextInt(CATEGORIES.length));
					previousB = extraEnd;
				}
			}
			documentIds.add(String.format(Locale.ROOT, "doc-%07d", doc));
			documentLengths.add(length);
		}

		private void add(int who, int doc, int s, int e, int cat) {
			if (count == start.length) {
				int capacity = count * 2;
				annotator = Arrays.copyOf(annotator, capacity);
				document = Arrays.copyOf(document, capacity);
				start = Arrays.copyOf(start, capacity);
				end = Arrays.copyOf(end, capacity);
				category = Arrays.copyOf(category, capacity);
			}
			annotator[count] = who;
			document[count] = doc;
			start[count] = s;
			end[count] = e;
			category[count] = cat;
			count++;
		}

		/** Builds the data through the public builder, as a caller with annotation objects would. */
		UnitizingData toData() {
			UnitizingData.Builder builder = UnitizingData.builder();
			for (String name : ANNOTATORS) {
				builder.coder(name);
			}
			for (int d = 0; d < documents; d++) {
				builder.continuum(documentIds.get(d), documentLengths.get(d));
			}
			for (int i = 0; i < count; i++) {
				builder.segment(ANNOTATORS[annotator[i]], documentIds.get(document[i]), start[i], end[i],
						CATEGORIES[category[i]]);
			}
			return builder.build();
		}
	}
}

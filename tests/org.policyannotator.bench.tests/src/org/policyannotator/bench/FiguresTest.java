package org.policyannotator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.app.cli.CommandContext;

class FiguresTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
			System.err, Path.of(""));

	@Test
	void jsonIsTakenOutOfTheArgumentsAndReadableLinesAreDropped() {
		Figures figures = Figures.start("model", List.of("--quick", "--json"), context);
		assertEquals(List.of("--quick"), figures.args());
		figures.context().out().println("a readable line");
		figures.record("set-load", 20_000, new double[] { 30, 10, 20, 40, 100 }, "bare-jackson-read",
				new double[] { 5, 5, 10 });
		assertEquals("{\"bench\":\"model\",\"measure\":\"set-load\",\"size\":20000,\"median_ms\":30.0,"
				+ "\"p95_ms\":100.0,\"baseline\":\"bare-jackson-read\",\"baseline_median_ms\":5.0,\"ratio\":6.0}\n",
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aFigureWithoutBaselineHasNullsAndWithoutJsonNothingIsRecorded() {
		Figures.start("sync", List.of("--json"), context).record("send", 100, 660, null, Double.NaN);
		assertEquals("{\"bench\":\"sync\",\"measure\":\"send\",\"size\":100,\"median_ms\":660.0,\"p95_ms\":660.0,"
				+ "\"baseline\":null,\"baseline_median_ms\":null,\"ratio\":null}\n", out.toString(StandardCharsets.UTF_8));
		out.reset();
		Figures plain = Figures.start("sync", List.of(), context);
		plain.record("send", 100, 660, null, Double.NaN);
		plain.context().out().println("send 100 changed sets 0.66 s");
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("send 100"));
		assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count());
	}

	@Test
	void percentilesAreNearestRank() {
		double[] values = { 9, 1, 8, 2, 7, 3, 6, 4, 5, 10 };
		assertEquals(5, Figures.percentile(values, 50));
		assertEquals(10, Figures.percentile(values, 95));
		assertEquals(1, Figures.percentile(new double[] { 1 }, 95));
	}
}

package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;

/**
 * {@code agreement --table}. The table used most is Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", section E (4 coders, 12 units, missing values): nominal alpha .743, interval .849.
 */
class AgreementCommandTest {
	private static final String KRIPPENDORFF_2011 = """
			A,B,C,D
			1,1,,1
			2,2,3,2
			3,3,3,3
			3,3,3,3
			2,2,2,2
			1,2,3,4
			4,4,4,4
			1,1,2,1
			2,2,2,2
			,5,5,5
			,,1,1
			,3,,
			""";

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), directory);
		return new AgreementCommand().run(List.of(args), context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path table(String name, String content) throws Exception {
		return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void nominalAlphaOfARelativeTablePathPrints0743AndDroppedUnit() throws Exception {
		table("k2011.csv", KRIPPENDORFF_2011);
		int exit = run("--table", "k2011.csv", "--measure", "krippendorff-alpha");
		assertEquals(ExitCodes.OK, exit, err());
		assertTrue(out().startsWith("Krippendorff's alpha (nominal): 0.7434"), out());
		assertTrue(out().contains("units: 11 of 12 (1 dropped: fewer than two values)"), out());
		assertTrue(out().contains("coders: 4 (A, B, C, D)"), out());
		assertTrue(out().contains("observed disagreement: 0.2000"), out());
		assertEquals("", err());
	}

	@Test
	void jsonOutputHasMeasureLevelValueUnitsCodersAndDisagreements() throws Exception {
		table("k2011.csv", KRIPPENDORFF_2011);
		int exit = run("--table", "k2011.csv", "--measure", "krippendorff-alpha", "--level", "interval", "--json");
		assertEquals(ExitCodes.OK, exit, err());
		String json = out().strip();
		assertTrue(json.startsWith("{\"measure\":\"krippendorff-alpha\",\"level\":\"interval\",\"value\":0.84"), json);
		assertTrue(json.contains("\"units\":11,\"unitsDropped\":1,\"unitsTotal\":12,\"coders\":4"), json);
		assertTrue(json.contains("\"coderNames\":[\"A\",\"B\",\"C\",\"D\"]"), json);
		assertTrue(json.contains("\"observedDisagreement\":0.43"), json);
		assertTrue(json.contains("\"expectedDisagreement\":2.87"), json);
		assertTrue(json.endsWith("}") && json.lines().count() == 1, json);
	}

	@Test
	void cohenKappaReportsUnitsDroppedForMissingValues() throws Exception {
		// By hand: unit 3 is dropped; a/a, b/b, a/b remain: Ao = 2/3, Ae = 4/9, kappa = 0.4.
		table("two.csv", "x,y\na,a\nb,b\n,a\na,b\n");
		assertEquals(ExitCodes.OK, run("--table", "two.csv", "--measure", "cohen-kappa"), err());
		assertTrue(out().startsWith("Cohen's kappa: 0.4000"), out());
		assertTrue(out().contains("units: 3 of 4 (1 dropped: missing values)"), out());
		assertTrue(out().contains("expected agreement: 0.4444"), out());
	}

	@Test
	void cohenKappaWithFourCodersFailsNamingTheFileAndTheCoders() throws Exception {
		Path file = table("k2011.csv", KRIPPENDORFF_2011);
		assertEquals(ExitCodes.FAILED, run("--table", "k2011.csv", "--measure", "cohen-kappa"));
		assertTrue(err().contains(file.toString()) && err().contains("exactly 2 coders")
				&& err().contains("(A, B, C, D)"), err());
		assertEquals("", out());
	}

	@Test
	void raggedRowFailsNamingFileAndLine() throws Exception {
		Path file = table("ragged.csv", "a,b,c\n1,2,3\n1,2\n");
		assertEquals(ExitCodes.FAILED, run("--table", "ragged.csv", "--measure", "percent"));
		assertTrue(err().contains(file + ":3: row has 2 cells, the header has 3"), err());
	}

	@Test
	void textValueAtIntervalLevelFailsNamingLineAndCoder() throws Exception {
		Path file = table("text.csv", "a,b\n1,2\n3,high\n");
		assertEquals(ExitCodes.FAILED,
				run("--table", "text.csv", "--measure", "krippendorff-alpha", "--level", "interval"));
		assertTrue(err().contains(file + ":3: coder 'b': 'high' is not a number"), err());
	}

	@Test
	void missingFileFailsWithNoSuchFile() throws Exception {
		assertEquals(ExitCodes.FAILED, run("--table", "absent.csv", "--measure", "percent"));
		assertTrue(err().contains("absent.csv: no such file"), err());
	}

	@Test
	void undefinedCoefficientExitsOneWithReasonAndJsonNull() throws Exception {
		table("same.csv", "a,b\nx,x\nx,x\n");
		assertEquals(ExitCodes.FAILED, run("--table", "same.csv", "--measure", "krippendorff-alpha", "--json"));
		assertTrue(out().contains("\"value\":null,\"undefinedReason\":\"all pairable values are the same"), out());
		assertTrue(err().contains("is undefined"), err());
	}

	@Test
	void badUsageThrowsUsageException() throws Exception {
		table("k2011.csv", KRIPPENDORFF_2011);
		assertThrows(UsageException.class, () -> run("--table", "k2011.csv", "--measure", "kappa"));
		assertThrows(UsageException.class, () -> run("--table", "k2011.csv"));
		assertThrows(UsageException.class, () -> run("--measure", "percent"));
		assertThrows(UsageException.class,
				() -> run("--table", "k2011.csv", "--measure", "krippendorff-alpha", "--level", "cardinal"));
		UsageException level = assertThrows(UsageException.class,
				() -> run("--table", "k2011.csv", "--measure", "cohen-kappa", "--level", "interval"));
		assertTrue(level.getMessage().contains("krippendorff-alpha only"), level.getMessage());
	}

	@Test
	void corpusSourceRejectsTheTableOnlyOptions() {
		// --corpus is available since issue 7 (see CorpusAgreementCommandTest); --measure belongs to --table
		UsageException e = assertThrows(UsageException.class,
				() -> run("--corpus", "corpus", "--measure", "krippendorff-alpha"));
		assertTrue(e.getMessage().contains("--measure applies to --table only"), e.getMessage());
		UsageException annotators = assertThrows(UsageException.class,
				() -> run("--table", "k2011.csv", "--measure", "percent", "--annotators", "a,b"));
		assertTrue(annotators.getMessage().contains("--annotators applies to --corpus only"), annotators.getMessage());
	}
}

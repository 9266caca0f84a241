package org.policyannotator.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.Fixtures;
import org.policyannotator.analysis.agreement.KrippendorffAlpha;
import org.policyannotator.analysis.agreement.Level;

class ReliabilityTableTest {

	@Test
	void readsHeaderAsCodersAndEmptyCellsAsMissing() throws Exception {
		ReliabilityTable table = ReliabilityTable.read(Fixtures.path("krippendorff2011.csv"));
		assertEquals(List.of("A", "B", "C", "D"), table.data().coders());
		assertEquals(12, table.data().unitCount());
		assertEquals(Optional.empty(), table.data().value(0, 2));
		assertEquals(Optional.of("5"), table.data().value(9, 1));
		assertEquals(13, table.lines().get(11).intValue());
	}

	@Test
	void tableWithBomCrlfAndQuotingGivesTheSameAlphaAsThePlainOne() throws Exception {
		// Krippendorff (2011): nominal alpha of these data is .743
		ReliabilityTable plain = ReliabilityTable.read(Fixtures.path("krippendorff2011.csv"));
		ReliabilityTable quoted = ReliabilityTable.read(Fixtures.path("krippendorff2011-bom-crlf.csv"));
		assertEquals(List.of("Ann, senior", "Bob \"B\"", "C", "D"), quoted.data().coders());
		assertEquals(plain.data().units(), quoted.data().units());
		assertEquals(0.743, KrippendorffAlpha.compute(quoted.data(), Level.NOMINAL).value().getAsDouble(), 0.0005);
	}

	@Test
	void quotedFieldsMaySpanLinesAndEmptyLinesAreSkipped() throws Exception {
		ReliabilityTable table = ReliabilityTable.read(Fixtures.path("multiline-field.csv"));
		assertEquals(List.of("a", "b\nsecond line"), table.data().coders());
		assertEquals(Optional.of("y, \"z\""), table.data().value(0, 1));
		assertEquals(List.of(3, 5), table.lines());
	}

	@Test
	void raggedRowIsReportedWithFileAndLine() {
		Path file = Fixtures.path("ragged.csv");
		TableFormatException e = assertThrows(TableFormatException.class, () -> ReliabilityTable.read(file));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().startsWith(file + ":3: row has 2 cells, the header has 3"), e.getMessage());
	}

	@Test
	void unterminatedQuoteIsReportedAtTheLineWhereTheFieldStarts() {
		TableFormatException e = assertThrows(TableFormatException.class,
				() -> ReliabilityTable.read(Fixtures.path("unterminated-quote.csv")));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().contains("never closed"), e.getMessage());
	}

	@Test
	void invalidUtf8IsReported() {
		TableFormatException e = assertThrows(TableFormatException.class,
				() -> ReliabilityTable.read(Fixtures.path("not-utf8.csv")));
		assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
	}

	@Test
	void textValueIsReportedWithLineAndCoderForNumericLevels() throws Exception {
		ReliabilityTable table = ReliabilityTable.read(Fixtures.path("text-values.csv"));
		table.requireSuitableFor(Level.NOMINAL);
		TableFormatException e = assertThrows(TableFormatException.class,
				() -> table.requireSuitableFor(Level.INTERVAL));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().contains("coder 'b'") && e.getMessage().contains("'high' is not a number"),
				e.getMessage());
	}

	@Test
	void negativeValueIsReportedForRatioLevel() throws Exception {
		ReliabilityTable table = ReliabilityTable.parse("a,b\n1,-2\n", Path.of("inline.csv"));
		table.requireSuitableFor(Level.INTERVAL);
		TableFormatException e = assertThrows(TableFormatException.class, () -> table.requireSuitableFor(Level.RATIO));
		assertTrue(e.getMessage().startsWith("inline.csv:2: "), e.getMessage());
	}

	@Test
	void emptyOrDuplicateHeaderCellsAreRejected() {
		assertThrows(TableFormatException.class, () -> ReliabilityTable.parse("", Path.of("x.csv")));
		assertThrows(TableFormatException.class, () -> ReliabilityTable.parse("a,,c\n1,2,3\n", Path.of("x.csv")));
		TableFormatException e = assertThrows(TableFormatException.class,
				() -> ReliabilityTable.parse("a,b,a\n1,2,3\n", Path.of("x.csv")));
		assertTrue(e.getMessage().contains("'a' appears twice"), e.getMessage());
	}

	@Test
	void quoteInsideUnquotedFieldAndTextAfterClosingQuoteAreRejected() {
		assertThrows(TableFormatException.class, () -> CsvParser.parse("a,b\n1,x\"y\n", Path.of("x.csv")));
		TableFormatException e = assertThrows(TableFormatException.class,
				() -> CsvParser.parse("a,b\n\"1\"x,2\n", Path.of("x.csv")));
		assertEquals(2, e.line());
	}

	@Test
	void lastRecordWithoutLineBreakAndTrailingEmptyFieldAreKept() throws Exception {
		List<CsvRecord> records = CsvParser.parse("a,b\n1,", Path.of("x.csv"));
		assertEquals(List.of("1", ""), records.get(1).fields());
	}
}

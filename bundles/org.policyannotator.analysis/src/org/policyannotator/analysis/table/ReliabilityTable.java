package org.policyannotator.analysis.table;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.analysis.agreement.Level;
import org.policyannotator.analysis.agreement.ReliabilityData;

/**
 * Reliability data read from a CSV file (UTF-8, with or without byte order mark): a header row of coder names, then
 * one row per unit with one cell per coder. A cell that is empty or only blanks is a missing value; other cells are
 * trimmed. Lines without any character are skipped. Keeps the line of each unit so that later problems can point
 * into the file.
 *
 * @param file  the file read
 * @param data  the values
 * @param lines the 1-based line each unit starts on, in unit order
 */
public record ReliabilityTable(Path file, ReliabilityData data, List<Integer> lines) {

	/** Copies the line list. */
	public ReliabilityTable {
		lines = List.copyOf(lines);
	}

	/**
	 * Reads {@code file}.
	 *
	 * @throws IOException          when the file cannot be read
	 * @throws TableFormatException when it is not valid UTF-8, not valid CSV, has no or a bad header, or a row has a
	 *                              different number of cells than the header
	 */
	public static ReliabilityTable read(Path file) throws IOException, TableFormatException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new TableFormatException(file, 0, "not valid UTF-8 text");
		}
		return parse(text, file);
	}

	/** Parses CSV {@code text} as if read from {@code file}; see {@link #read(Path)}. */
	public static ReliabilityTable parse(String text, Path file) throws TableFormatException {
		List<CsvRecord> records = CsvParser.parse(text, file);
		if (records.isEmpty()) {
			throw new TableFormatException(file, 0, "the table is empty; expected a header row of coder names");
		}
		CsvRecord header = records.get(0);
		List<String> coders = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int c = 0; c < header.fields().size(); c++) {
			String name = header.fields().get(c).trim();
			if (name.isEmpty()) {
				throw new TableFormatException(file, header.line(), "header cell " + (c + 1) + " is empty; name every coder");
			}
			if (!seen.add(name)) {
				throw new TableFormatException(file, header.line(), "coder '" + name + "' appears twice in the header");
			}
			coders.add(name);
		}
		List<List<Optional<String>>> units = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		for (CsvRecord record : records.subList(1, records.size())) {
			if (record.fields().size() != coders.size()) {
				throw new TableFormatException(file, record.line(), "row has " + record.fields().size()
						+ " cells, the header has " + coders.size() + " (one per coder; leave a cell empty for a missing value)");
			}
			List<Optional<String>> row = new ArrayList<>(coders.size());
			for (String cell : record.fields()) {
				String value = cell.trim();
				row.add(value.isEmpty() ? Optional.empty() : Optional.of(value));
			}
			units.add(row);
			lines.add(record.line());
		}
		return new ReliabilityTable(file, new ReliabilityData(coders, units), lines);
	}

	/**
	 * Checks that every value suits {@code level}: numbers for ordinal, interval and ratio; non-negative numbers for
	 * ratio.
	 *
	 * @throws TableFormatException naming the line, coder and value of the first unsuitable value
	 */
	public void requireSuitableFor(Level level) throws TableFormatException {
		if (!level.isNumeric()) {
			return;
		}
		for (int u = 0; u < data.unitCount(); u++) {
			for (int c = 0; c < data.coderCount(); c++) {
				Optional<String> value = data.value(u, c);
				if (value.isEmpty()) {
					continue;
				}
				double number;
				try {
					number = Double.parseDouble(value.get());
				} catch (NumberFormatException e) {
					number = Double.NaN;
				}
				String where = "coder '" + data.coders().get(c) + "': ";
				if (!Double.isFinite(number)) {
					throw new TableFormatException(file, lines.get(u),
							where + "'" + value.get() + "' is not a number (the " + level.id() + " level needs numbers)");
				}
				if (level == Level.RATIO && number < 0) {
					throw new TableFormatException(file, lines.get(u),
							where + value.get() + " is negative (the ratio level needs numbers >= 0)");
				}
			}
		}
	}
}

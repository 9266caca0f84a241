package org.policyannotator.analysis.table;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line   the 1-based line the record starts on (a quoted field may span lines)
 * @param fields the fields, unquoted
 */
public record CsvRecord(int line, List<String> fields) {

	/** Copies the field list. */
	public CsvRecord {
		fields = List.copyOf(fields);
	}
}

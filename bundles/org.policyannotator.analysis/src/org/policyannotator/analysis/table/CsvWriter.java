package org.policyannotator.analysis.table;

import java.util.List;

/** Writes CSV rows as {@link CsvParser} reads them (RFC 4180: CRLF, quotes where a cell needs them). */
public final class CsvWriter {
	private CsvWriter() {
	}

	/** Appends one row; a cell with a comma, quote or line break is quoted, its quotes doubled. */
	public static void row(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (i > 0) {
				out.append(',');
			}
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
				out.append('"').append(cell.replace("\"", "\"\"")).append('"');
			} else {
				out.append(cell);
			}
		}
		out.append("\r\n");
	}
}

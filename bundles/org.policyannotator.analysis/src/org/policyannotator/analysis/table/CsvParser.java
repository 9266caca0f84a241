package org.policyannotator.analysis.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records following RFC 4180: comma-separated fields, fields in double quotes may contain commas,
 * line breaks and doubled quotes ({@code ""}); records end with CRLF or LF; a leading byte order mark is skipped.
 * Empty lines (no characters at all) are skipped.
 */
public final class CsvParser {
	private CsvParser() {
	}

	/**
	 * Parses {@code text}, read from {@code file} (used in messages only).
	 *
	 * @throws TableFormatException for an unterminated quoted field or characters after a closing quote
	 */
	public static List<CsvRecord> parse(String text, Path file) throws TableFormatException {
		List<CsvRecord> records = new ArrayList<>();
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		int line = 1;
		int n = text.length();
		while (i < n) {
			int recordLine = line;
			if (text.charAt(i) == '\n' || text.startsWith("\r\n", i)) { // empty line
				i += text.charAt(i) == '\n' ? 1 : 2;
				line++;
				continue;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean endOfRecord = false;
			while (!endOfRecord) {
				field.setLength(0);
				if (i < n && text.charAt(i) == '"') {
					int quoteLine = line;
					i++;
					while (true) {
						if (i >= n) {
							throw new TableFormatException(file, quoteLine, "quoted field is never closed");
						}
						char c = text.charAt(i);
						if (c == '"') {
							if (i + 1 < n && text.charAt(i + 1) == '"') {
								field.append('"');
								i += 2;
								continue;
							}
							i++;
							break;
						}
						if (c == '\n') {
							line++;
						}
						field.append(c);
						i++;
					}
					if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && !text.startsWith("\r\n", i)) {
						throw new TableFormatException(file, line,
								"unexpected character '" + text.charAt(i) + "' after a closing quote");
					}
				} else {
					while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && !text.startsWith("\r\n", i)) {
						char c = text.charAt(i);
						if (c == '"') {
							throw new TableFormatException(file, line,
									"quote inside an unquoted field; quote the whole field and double the quote");
						}
						field.append(c);
						i++;
					}
				}
				fields.add(field.toString());
				if (i < n && text.charAt(i) == ',') {
					i++;
				} else {
					endOfRecord = true;
					if (i < n) {
						i += text.charAt(i) == '\n' ? 1 : 2;
						line++;
					}
				}
			}
			records.add(new CsvRecord(recordLine, fields));
		}
		return records;
	}
}

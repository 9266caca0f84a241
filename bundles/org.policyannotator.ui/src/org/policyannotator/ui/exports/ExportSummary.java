package org.policyannotator.ui.exports;

import java.util.Locale;

import org.policyannotator.export.ExportResult;

/** The text the wizard shows after an export (the command line's message, plus the warnings). */
public final class ExportSummary {
	private static final int SHOWN_WARNINGS = 20;

	private ExportSummary() {
	}

	public static String text(ExportResult result) {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
				"Exported %d documents, %d annotations and %d relations to %s (%s, %,d bytes).", result.documents(),
				result.annotations(), result.relations(), result.target(), result.format().key(), result.bytes()));
		if (!result.warnings().isEmpty()) {
			text.append("\n\n").append(result.warnings().size()).append(" warning")
					.append(result.warnings().size() == 1 ? "" : "s").append(':');
			result.warnings().stream().limit(SHOWN_WARNINGS).forEach(w -> text.append("\n  ").append(w));
			if (result.warnings().size() > SHOWN_WARNINGS) {
				text.append("\n  ... and ").append(result.warnings().size() - SHOWN_WARNINGS).append(" more");
			}
		}
		return text.toString();
	}
}

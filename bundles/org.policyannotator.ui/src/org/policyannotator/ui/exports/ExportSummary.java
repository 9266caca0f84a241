package org.policyannotator.ui.exports;

import java.util.Locale;

import org.policyannotator.export.ExportResult;
import org.policyannotator.ui.widgets.Counts;

/** The text the wizard shows after an export (the command line's message, plus the warnings). */
public final class ExportSummary {
	private static final int SHOWN_WARNINGS = 20;

	private ExportSummary() {
	}

	public static String text(ExportResult result) {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Exported %s, %s and %s to %s (%s, %s).",
				Counts.of(result.documents(), "document"), Counts.of(result.annotations(), "annotation"),
				Counts.of(result.relations(), "relation"), result.target(), result.format().key(),
				Counts.of(result.bytes(), "byte")));
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

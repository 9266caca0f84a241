package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policyannotator.analysis.agreement.AgreementResult;

/**
 * A {@link SentenceAgreement.Report} as plain-text tables: all codes together and per code, then per level of the
 * tree; numbers right-aligned with four decimals, undefined figures as {@code n/a [k]} with the reasons below.
 */
public final class SentenceAgreementText {
	private static final String ALL = "(all codes)";
	private final Map<String, Integer> reasons = new LinkedHashMap<>();
	private final StringBuilder out = new StringBuilder();

	private SentenceAgreementText() {
	}

	/** The report as text. */
	public static String format(SentenceAgreement.Report report) {
		return new SentenceAgreementText().render(report);
	}

	private String render(SentenceAgreement.Report report) {
		boolean kappa = report.annotators().size() == 2;
		int units = report.codesAt().pooled().units();
		line("Coding agreement on sentence units (" + units + (units == 1 ? " sentence in " : " sentences in ")
				+ report.documents() + (report.documents() == 1 ? " document" : " documents") + "; a sentence takes the code of an annotation covering more than"
				+ " half of it, else " + SentenceCoding.NONE + ")");
		level(report.codesAt(), kappa);
		for (SentenceAgreement.LevelFigures level : report.levels()) {
			line("");
			line("Sentences at level " + level.level() + " of the codebook (each code counts as its ancestor at this level)");
			level(level, kappa);
		}
		if (!reasons.isEmpty()) {
			line("");
			line("n/a = undefined:");
			reasons.forEach((reason, k) -> line("  [" + k + "] " + reason));
		}
		return out.toString();
	}

	private void level(SentenceAgreement.LevelFigures level, boolean kappa) {
		List<List<String>> rows = new ArrayList<>();
		List<String> head = new ArrayList<>(List.of("code", "agreement"));
		if (kappa) {
			head.add("Cohen's kappa");
		}
		head.addAll(List.of("Fleiss' kappa", "alpha (nominal)"));
		rows.add(head);
		rows.add(row(ALL, level.pooled(), kappa));
		level.byCode().forEach((code, figures) -> rows.add(row(code, figures, kappa)));
		table(rows);
	}

	private List<String> row(String code, UnitFigures f, boolean kappa) {
		List<String> row = new ArrayList<>(List.of(code, value(f.percent())));
		if (kappa) {
			row.add(f.cohenKappa().map(this::value).orElse(""));
		}
		row.add(value(f.fleissKappa()));
		row.add(value(f.alpha()));
		return row;
	}

	private String value(AgreementResult r) {
		if (r.value().isPresent()) {
			return String.format(Locale.ROOT, "%.4f", r.value().getAsDouble());
		}
		int k = reasons.computeIfAbsent(r.undefinedReason().orElse("undefined"), x -> reasons.size() + 1);
		return "n/a [" + k + "]";
	}

	private void table(List<List<String>> rows) {
		int[] widths = new int[rows.get(0).size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		for (List<String> row : rows) {
			StringBuilder b = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				String spaces = " ".repeat(widths[i] - row.get(i).length());
				b.append(i == 0 ? row.get(i) + spaces : "  " + spaces + row.get(i));
			}
			line(b.toString().stripTrailing());
		}
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

}

package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.unitizing.UnitizingCoefficient;

/**
 * A {@link CorpusAgreementReport} as plain-text tables for a terminal: the selection, the overall and per-document
 * figures per type, the pairwise matrices, and the reasons for every undefined figure (shown as {@code n/a [k]}).
 * Numbers have four decimals.
 */
public final class AgreementReportText {
	private static final String ALL = "(all types)";
	private final Map<String, Integer> reasons = new LinkedHashMap<>();
	private final StringBuilder out = new StringBuilder();

	private AgreementReportText() {
	}

	/** The report as text; {@code source} names the corpus in the first line. */
	public static String format(CorpusAgreementReport report, String source) {
		return format(report, List.of(), source);
	}

	/** The report with a table per level of a codebook's tree after the overall table (none when empty). */
	public static String format(CorpusAgreementReport report, List<LevelAgreement> levels, String source) {
		return new AgreementReportText().render(report, levels, source);
	}

	private String render(CorpusAgreementReport report, List<LevelAgreement> levels, String source) {
		line("Agreement between " + report.annotators().size() + " annotators (" + String.join(", ", report.annotators())
				+ ") in " + source);
		line("documents: " + report.documents().size() + " included" + (report.skipped().isEmpty() ? ""
				: ", " + report.skipped().size() + " skipped (not every chosen annotator has a set for them)"));
		for (SkippedDocument s : report.skipped()) {
			line("  skipped " + s.documentId() + ": no set from " + String.join(", ", s.missingAnnotators()));
		}
		line("types: " + (report.types().isEmpty() ? "none" : String.join(", ", report.types())));
		Coefficients all = report.overall().allTypes();
		line("tokens: " + all.tokens() + ", annotations: " + all.annotations());
		line("");
		boolean kappa = report.annotators().size() == 2;
		line("All included documents");
		List<List<String>> rows = new ArrayList<>();
		rows.add(header("type", kappa));
		rows.add(row(ALL, all, kappa));
		report.overall().byType().forEach((type, c) -> rows.add(row(type, c, kappa)));
		table(rows);
		for (LevelAgreement level : levels) {
			line("");
			line("Level " + level.level() + " of the codebook (each code counts as its ancestor at this level)");
			List<List<String>> levelRows = new ArrayList<>();
			levelRows.add(header("code", kappa));
			levelRows.add(row(ALL, level.overall().allTypes(), kappa));
			level.overall().byType().forEach((code, c) -> levelRows.add(row(code, c, kappa)));
			table(levelRows);
		}
		if (!report.byDocument().isEmpty()) {
			line("");
			line("Per document");
			List<List<String>> docRows = new ArrayList<>();
			List<String> head = new ArrayList<>(List.of("document"));
			head.addAll(header("type", kappa));
			docRows.add(head);
			report.byDocument().forEach((id, scope) -> {
				docRows.add(prefixed(id, row(ALL, scope.allTypes(), kappa)));
				scope.byType().forEach((type, c) -> docRows.add(prefixed("", row(type, c, kappa))));
			});
			table(docRows);
		}
		if (!report.pairs().isEmpty()) {
			matrix(report, "Pairwise unitizing alpha (all types, all included documents)",
					c -> unitizing(c.unitizingAlpha()));
			matrix(report, "Pairwise token Cohen's kappa", c -> result(c.tokenKappa()));
			matrix(report, "Pairwise token Krippendorff's alpha", c -> result(Optional.of(c.tokenAlpha())));
		}
		if (!reasons.isEmpty()) {
			line("");
			line("n/a = undefined:");
			reasons.forEach((reason, k) -> line("  [" + k + "] " + reason));
		}
		return out.toString();
	}

	private void matrix(CorpusAgreementReport report, String title, Function<Coefficients, String> cell) {
		line("");
		line(title);
		List<List<String>> rows = new ArrayList<>();
		List<String> head = new ArrayList<>(List.of(""));
		head.addAll(report.annotators());
		rows.add(head);
		for (String a : report.annotators()) {
			List<String> row = new ArrayList<>(List.of(a));
			for (String b : report.annotators()) {
				row.add(a.equals(b) ? "-" : report.pair(a, b).map(p -> cell.apply(p.coefficients())).orElse(""));
			}
			rows.add(row);
		}
		table(rows);
	}

	private static List<String> header(String first, boolean kappa) {
		List<String> h = new ArrayList<>(List.of(first, "u-alpha", "token alpha"));
		if (kappa) {
			h.add("token kappa");
		}
		h.add("annotations");
		return h;
	}

	private List<String> row(String type, Coefficients c, boolean kappa) {
		List<String> row = new ArrayList<>(List.of(type, unitizing(c.unitizingAlpha()),
				result(Optional.of(c.tokenAlpha()))));
		if (kappa) {
			row.add(result(c.tokenKappa()));
		}
		row.add(Integer.toString(c.annotations()));
		return row;
	}

	private static List<String> prefixed(String first, List<String> row) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(row);
		return all;
	}

	private String unitizing(UnitizingCoefficient c) {
		return value(c.value(), c.undefinedReason());
	}

	private String result(Optional<AgreementResult> r) {
		if (r.isEmpty()) {
			return "";
		}
		return value(r.get().value(), r.get().undefinedReason());
	}

	private String value(OptionalDouble value, Optional<String> reason) {
		if (value.isPresent()) {
			return String.format(Locale.ROOT, "%.4f", value.getAsDouble());
		}
		int k = reasons.computeIfAbsent(reason.orElse("undefined"), r -> reasons.size() + 1);
		return "n/a [" + k + "]";
	}

	private void table(List<List<String>> rows) {
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		int[] widths = new int[columns];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		for (List<String> row : rows) {
			StringBuilder b = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				String cell = row.get(i);
				boolean left = i == 0 || (i == 1 && !rows.get(0).get(0).isEmpty() && rows.get(0).get(1).equals("type"));
				if (i > 0) {
					b.append("  ");
				}
				b.append(left ? pad(cell, widths[i], false) : pad(cell, widths[i], true));
			}
			line(b.toString().stripTrailing());
		}
	}

	private static String pad(String cell, int width, boolean right) {
		String spaces = " ".repeat(width - cell.length());
		return right ? spaces + cell : cell + spaces;
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}

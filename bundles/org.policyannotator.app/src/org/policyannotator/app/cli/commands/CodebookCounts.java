package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policyannotator.analysis.codes.CodeMatrix;
import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.schema.TagType;

/**
 * {@code codebook counts}: the code x document table (or code x variable value, e.g. per country), each cell the
 * annotations of the code and its subcodes; as text, or as CSV for a spreadsheet.
 */
final class CodebookCounts {
	private static final int WIDTH = 12;

	private CodebookCounts() {
	}

	static int run(Arguments arguments, CommandContext context) throws CorpusException {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("counts takes --corpus and options, not " + arguments.positional());
		}
		Corpus corpus = CodebookCommand.corpus(arguments, context);
		List<String> documents = DocumentSelection.of(corpus, arguments.option("--where"), List.of());
		List<String> annotators = arguments.option("--annotators").map(v -> Arrays.stream(v.split(","))
				.map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
		String by = arguments.option("--by").orElse(CodeMatrix.BY_DOCUMENT);
		CodeMatrix matrix = CodeMatrix.of(corpus, documents, annotators,
				by.equals(CodeMatrix.BY_DOCUMENT) ? java.util.Optional.empty() : java.util.Optional.of(by));
		if (arguments.option("--out").isPresent()) {
			Path out = context.resolve(arguments.option("--out").get());
			try {
				AtomicFiles.write(out, matrix.csv().getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new CorpusException(out, "cannot write: " + CorpusException.reason(out, e), e);
			}
			context.out().println("Wrote " + matrix.codes().size() + " codes x " + matrix.columns().size()
					+ " columns (" + by + ") to " + out);
			return ExitCodes.OK;
		}
		if (arguments.flag("--csv")) {
			context.out().print(matrix.csv());
			return ExitCodes.OK;
		}
		context.out().print(text(matrix));
		return ExitCodes.OK;
	}

	/** Codes down (indented by level), columns across, subtree totals; a last column with the row total. */
	static String text(CodeMatrix matrix) {
		StringBuilder out = new StringBuilder();
		int labelWidth = Math.max(20, matrix.codes().stream()
				.mapToInt(e -> e.getKey().numberedLabel().length() + 2 * (e.getValue() - 1)).max().orElse(0));
		labelWidth = Math.min(labelWidth, 48);
		out.append(pad("code", labelWidth));
		for (String column : matrix.columns()) {
			out.append(' ').append(lpad(cut(column), WIDTH));
		}
		out.append(' ').append(lpad("total", WIDTH)).append('\n');
		for (Map.Entry<TagType, Integer> entry : matrix.codes()) {
			String label = "  ".repeat(entry.getValue() - 1) + entry.getKey().numberedLabel();
			out.append(pad(label.length() > labelWidth ? label.substring(0, labelWidth - 1) + "…" : label, labelWidth));
			int sum = 0;
			for (String column : matrix.columns()) {
				int n = matrix.total(entry.getKey().id(), column);
				sum += n;
				out.append(' ').append(lpad(n == 0 ? "." : Integer.toString(n), WIDTH));
			}
			out.append(' ').append(lpad(Integer.toString(sum), WIDTH)).append('\n');
		}
		out.append(String.format(Locale.ROOT,
				"%d annotation set(s) counted; columns: %s; a cell counts the code and its subcodes%n", matrix.sets(),
				matrix.by()));
		return out.toString();
	}

	private static String cut(String column) {
		return column.length() <= WIDTH ? column : column.substring(0, WIDTH - 1) + "…";
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s : s + " ".repeat(width - s.length());
	}

	private static String lpad(String s, int width) {
		return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
	}
}

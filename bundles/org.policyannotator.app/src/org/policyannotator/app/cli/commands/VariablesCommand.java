package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.policyannotator.analysis.table.CsvParser;
import org.policyannotator.analysis.table.CsvRecord;
import org.policyannotator.analysis.table.CsvWriter;
import org.policyannotator.analysis.table.TableFormatException;
import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.CorpusVariables;
import org.policyannotator.model.corpus.DocumentCodes;
import org.policyannotator.model.internal.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code policyannotator variables}: document variables (country, party, document type, date, any field) shown,
 * set, and exchanged with a spreadsheet as CSV; other commands select documents by them with {@code --where}.
 */
public final class VariablesCommand implements Subcommand {
	@Override
	public String name() {
		return "variables";
	}

	@Override
	public String summary() {
		return "document variables (country, party, type, ...): show, set, import and export as CSV";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator variables show --corpus <dir> [--where <filter>] [--json]
				       policyannotator variables set --corpus <dir> (--documents a,b | --where <filter>) name=value ...
				       policyannotator variables import <file.csv> --corpus <dir>
				       policyannotator variables export --corpus <dir> --out <file.csv> [--where <filter>]
				       policyannotator variables code|uncode --corpus <dir> --annotator <name> (--documents a,b | --where <filter>) code ...

				  show     each document with its title and variables (--json: one object per document)
				  set      give the documents these variables; name= (nothing after =) removes one
				  import   a spreadsheet saved as CSV: a header row with "id" (the document id) first, then one
				           column per variable (a "title" column is ignored); an empty cell removes the variable.
				           Every row is checked first: an unknown document or a bad name changes nothing
				  export   the same CSV, ready to edit and import again; written atomically
				  code     give whole documents codes of the codebook as <name> (document-level codes, e.g. the
				           major topic); uncode takes them away. show lists them; --where doc-code=<code> selects
				           the documents any annotator gave the code or one of its subcodes
				  --where  %s
				Variable names start with a letter, then letters, digits, '_', '.' or '-'. export, agreement and search
				take --where too.
				""".formatted(DocumentSelection.USAGE);
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("say what to do: show, set, import, export, code or uncode");
		}
		String action = args.get(0);
		Arguments arguments = Arguments.parse(args.subList(1, args.size()),
				Set.of("--corpus", "--where", "--documents", "--out", "--annotator"), Set.of("--json"));
		try {
			Corpus corpus = Corpus.open(context.resolve(arguments.required("--corpus")));
			return switch (action) {
			case "show" -> show(corpus, arguments, context);
			case "set" -> set(corpus, arguments, context);
			case "import" -> importCsv(corpus, arguments, context);
			case "export" -> export(corpus, arguments, context);
			case "code" -> DocumentCodeActions.run(corpus, arguments, context, true);
			case "uncode" -> DocumentCodeActions.run(corpus, arguments, context, false);
			default -> throw new UsageException("unknown action \"" + action
					+ "\": use show, set, import, export, code or uncode");
			};
		} catch (CorpusException e) {
			context.err().println("variables " + action + ": " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private static List<String> documents(Corpus corpus, Arguments arguments) throws CorpusException {
		List<String> ids = DocumentSelection.of(corpus, arguments.option("--where"), List.of());
		return ids.isEmpty() ? corpus.documentIds() : ids;
	}

	private static int show(Corpus corpus, Arguments arguments, CommandContext context) throws Exception {
		noPositional(arguments);
		List<String> ids = documents(corpus, arguments);
		Map<String, SortedMap<String, String>> variables = new LinkedHashMap<>();
		for (String id : ids) {
			variables.put(id, corpus.documentVariables(id));
		}
		Map<String, SortedMap<String, List<String>>> codes = DocumentCodes.all(corpus);
		if (arguments.flag("--json")) {
			try (JsonGenerator g = new JsonFactory().createGenerator(context.out())) {
				g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
				g.writeStartArray();
				for (var entry : variables.entrySet()) {
					g.writeStartObject();
					g.writeStringField("id", entry.getKey());
					g.writeStringField("title", corpus.documentTitle(entry.getKey()));
					g.writeObjectFieldStart("variables");
					for (var v : entry.getValue().entrySet()) {
						g.writeStringField(v.getKey(), v.getValue());
					}
					g.writeEndObject();
					g.writeObjectFieldStart("codes");
					for (var byAnnotator : codes.entrySet()) {
						List<String> list = byAnnotator.getValue().getOrDefault(entry.getKey(), List.of());
						if (!list.isEmpty()) {
							g.writeArrayFieldStart(byAnnotator.getKey());
							for (String code : list) {
								g.writeString(code);
							}
							g.writeEndArray();
						}
					}
					g.writeEndObject();
					g.writeEndObject();
				}
				g.writeEndArray();
			}
			context.out().println();
			return ExitCodes.OK;
		}
		for (var entry : variables.entrySet()) {
			StringBuilder line = new StringBuilder(entry.getKey()).append("  ").append(corpus.documentTitle(entry.getKey()));
			entry.getValue().forEach((name, value) -> line.append("\n    ").append(name).append(" = ").append(value));
			DocumentCodeActions.lines(codes, entry.getKey()).forEach(l -> line.append("\n    codes of ").append(l));
			context.out().println(line);
		}
		return ExitCodes.OK;
	}

	/** The documents {@code --documents} and {@code --where} choose (one of them is needed). */
	static List<String> chosen(Corpus corpus, Arguments arguments) throws CorpusException {
		if (arguments.option("--documents").isEmpty() && arguments.option("--where").isEmpty()) {
			throw new UsageException("say which documents: --documents a,b or --where <filter>");
		}
		List<String> listed = arguments.option("--documents").map(v -> Arrays.stream(v.split(","))
				.map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
		List<String> ids = DocumentSelection.of(corpus, arguments.option("--where"), listed);
		return ids.isEmpty() ? listed : ids;
	}

	private static int set(Corpus corpus, Arguments arguments, CommandContext context) throws Exception {
		List<String> ids = chosen(corpus, arguments);
		Map<String, String> values = new LinkedHashMap<>();
		for (String word : arguments.positional()) {
			int eq = word.indexOf('=');
			if (eq <= 0) {
				throw new UsageException("\"" + word + "\" is not name=value");
			}
			values.put(word.substring(0, eq).strip(), word.substring(eq + 1).strip());
		}
		if (values.isEmpty()) {
			throw new UsageException("give at least one name=value");
		}
		Map<String, Map<String, String>> changes = new LinkedHashMap<>();
		ids.forEach(id -> changes.put(id, values));
		List<String> written = CorpusVariables.set(corpus, changes);
		context.out().println("Set " + String.join(", ", values.keySet()) + " on " + ids.size() + " document(s); "
				+ written.size() + " changed");
		return ExitCodes.OK;
	}

	private static int importCsv(Corpus corpus, Arguments arguments, CommandContext context) throws Exception {
		if (arguments.positional().size() != 1) {
			throw new UsageException("import takes one CSV file");
		}
		Path file = context.resolve(arguments.positional().get(0));
		List<CsvRecord> records;
		try {
			records = CsvParser.parse(Files.readString(file, StandardCharsets.UTF_8), file);
		} catch (java.nio.file.NoSuchFileException e) {
			throw new CorpusException(file, "does not exist");
		} catch (java.nio.charset.MalformedInputException e) {
			throw new CorpusException(file, "is not UTF-8 text (save the spreadsheet as CSV UTF-8)");
		} catch (TableFormatException e) {
			context.err().println("variables import: " + e.getMessage());
			return ExitCodes.FAILED;
		}
		if (records.isEmpty()) {
			throw new CorpusException(file, "is empty: expected a header row with id and variable names");
		}
		List<String> header = records.get(0).fields().stream().map(String::strip).toList();
		if (header.isEmpty() || !(header.get(0).equalsIgnoreCase("id") || header.get(0).equalsIgnoreCase("document"))) {
			throw new CorpusException(file, "line 1: the first column must be \"id\" (the document id), not \""
					+ (header.isEmpty() ? "" : header.get(0)) + "\"");
		}
		List<String> problems = new ArrayList<>();
		Map<String, Map<String, String>> changes = new LinkedHashMap<>();
		for (CsvRecord record : records.subList(1, records.size())) {
			List<String> fields = record.fields();
			String id = fields.get(0).strip();
			if (!corpus.hasDocument(id)) {
				problems.add(file + ": line " + record.line() + ": no document " + id + " in the corpus");
				continue;
			}
			if (fields.size() > header.size()) {
				problems.add(file + ": line " + record.line() + ": " + fields.size() + " cells, the header has "
						+ header.size());
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 1; c < header.size(); c++) {
				if (!header.get(c).equalsIgnoreCase("title")) {
					values.put(header.get(c), c < fields.size() ? fields.get(c).strip() : "");
				}
			}
			changes.put(id, values);
		}
		if (!problems.isEmpty()) {
			problems.forEach(p -> context.err().println("variables import: " + p));
			context.err().println("variables import: nothing changed");
			return ExitCodes.FAILED;
		}
		List<String> written = CorpusVariables.set(corpus, changes);
		context.out().println("Read " + changes.size() + " document(s) from " + file + "; " + written.size()
				+ " changed");
		return ExitCodes.OK;
	}

	private static int export(Corpus corpus, Arguments arguments, CommandContext context) throws Exception {
		noPositional(arguments);
		Path out = context.resolve(arguments.required("--out"));
		List<String> ids = documents(corpus, arguments);
		Map<String, SortedMap<String, String>> variables = new LinkedHashMap<>();
		TreeSet<String> names = new TreeSet<>();
		for (String id : ids) {
			SortedMap<String, String> v = corpus.documentVariables(id);
			variables.put(id, v);
			names.addAll(v.keySet());
		}
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("id", "title"));
		header.addAll(names);
		CsvWriter.row(csv, header);
		for (var entry : variables.entrySet()) {
			List<String> row = new ArrayList<>(List.of(entry.getKey(), corpus.documentTitle(entry.getKey())));
			names.forEach(n -> row.add(entry.getValue().getOrDefault(n, "")));
			CsvWriter.row(csv, row);
		}
		try {
			AtomicFiles.write(out, csv.toString().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CorpusException(out, "cannot write: " + CorpusException.reason(out, e), e);
		}
		context.out().println("Wrote " + ids.size() + " document(s) with " + names.size() + " variable(s) to " + out);
		return ExitCodes.OK;
	}

	private static void noPositional(Arguments arguments) {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("unexpected words: " + arguments.positional());
		}
	}
}

package org.policyannotator.app.cli.commands;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.ExportResult;
import org.policyannotator.export.Exporter;
import org.policyannotator.model.corpus.Corpus;

/** {@code export}: write a corpus (or a selection of it) as a dataset file or folder. */
public final class ExportCommand implements Subcommand {

	/** The command (no state). */
	public ExportCommand() {
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export a corpus as a JSON dataset or for doccano, Label Studio, brat, INCEpTION, W3C tools";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator export --corpus <dir> --format <%s> --out <path>
				           [--documents a,b] [--where <filter>] [--types t1,t2] [--annotators x,y] [--no-text] [--accepted-only]

				  --format         native      our dataset, one JSON file (schema, documents, every annotator's sets)
				                   jsonl       our dataset, a header line then one document per line
				                   w3c         W3C Web Annotation collection (JSON-LD), code point positions
				                   doccano     doccano JSONL (entities, relations), UTF-16 offsets as doccano counts
				                   labelstudio Label Studio tasks JSON, code point offsets
				                   brat        a folder of brat .txt/.ann per annotator, code point offsets
				                   uima-json   a folder of UIMA CAS JSON per annotator (INCEpTION), UTF-16 offsets
				                   refi-qda    a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo, QualCoder:
				                               codes, texts, spans as coded selections, notes; code points
				  --out            the file to write (brat, uima-json: a new or empty folder); written
				                   atomically: a failed export leaves nothing under this name
				  --documents      only these documents (ids, comma-separated), in this order
				  --where          %s
				  --types          only these tag types; relations only when both ends are kept
				  --annotators     only these annotators
				  --no-text        leave the document texts out (quotes stay); native, jsonl and w3c only
				  --accepted-only  leave suggestions out
				""".formatted(ExportFormat.keys(), DocumentSelection.USAGE);
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args,
				Set.of("--corpus", "--format", "--out", "--documents", "--where", "--types", "--annotators"),
				Set.of("--no-text", "--accepted-only"));
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("unexpected words: " + arguments.positional());
		}
		Path corpusDir = context.resolve(arguments.required("--corpus"));
		String formatKey = arguments.required("--format");
		ExportFormat format = ExportFormat.fromKey(formatKey).orElseThrow(
				() -> new UsageException("unknown format \"" + formatKey + "\": use " + ExportFormat.keys()));
		Path out = context.resolve(arguments.required("--out"));
		ExportOptions options = ExportOptions.all()
				.withDocuments(List.copyOf(list(arguments, "--documents")))
				.withTypes(list(arguments, "--types")).withAnnotators(list(arguments, "--annotators"))
				.withText(!arguments.flag("--no-text")).withAcceptedOnly(arguments.flag("--accepted-only"));
		if (format.needsText() && !options.includeText()) {
			throw new UsageException(format.key() + " needs the document texts: --no-text works with native, jsonl"
					+ " and w3c");
		}
		try {
			Corpus corpus = Corpus.open(corpusDir);
			options = options.withDocuments(DocumentSelection.of(corpus, arguments.option("--where"),
					options.documents()));
			ExportResult result = Exporter.export(DatasetSource.of(corpus, options), format, out,
					ExportProgress.NONE);
			for (String warning : result.warnings()) {
				context.err().println("export: warning: " + warning);
			}
			if (format == ExportFormat.REFI_QDA && result.relations() > 0) {
				context.err().println("export: note: REFI-QDA has no place for relations or attributes: the "
						+ result.relations() + " relations and all attribute values are not in " + out.getFileName());
			}
			context.out().printf(Locale.ROOT, "Exported %d documents, %d annotations and %d relations to %s (%s, %,d bytes)%n",
					result.documents(), result.annotations(), result.relations(), result.target(), format.key(),
					result.bytes());
			return ExitCodes.OK;
		} catch (java.io.IOException e) {
			context.err().println("export: " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private static Set<String> list(Arguments arguments, String option) {
		if (arguments.option(option).isEmpty()) {
			return Set.of();
		}
		Set<String> values = new LinkedHashSet<>();
		Arrays.stream(arguments.option(option).get().split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.forEach(values::add);
		if (values.isEmpty()) {
			throw new UsageException(option + " needs at least one name");
		}
		return values;
	}
}

package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.export.importing.OffsetUnit;
import org.policyannotator.model.corpus.Corpus;

/** {@code import-annotations}: bring a colleague's shared annotation sets into a corpus. */
public final class ImportAnnotationsCommand implements Subcommand {

	/** The command (no state). */
	public ImportAnnotationsCommand() {
	}

	@Override
	public String name() {
		return "import-annotations";
	}

	@Override
	public String summary() {
		return "import shared annotation sets (our dataset, doccano JSONL, W3C, Label Studio, brat, UIMA CAS JSON, REFI-QDA) into a corpus";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator import-annotations <file> --corpus <dir> [--format %s] [--annotator <name>]
				                  [--existing-documents-only] [--map "Label=typeId,..."] [--add-types] [--offsets %s]

				  Each annotator's annotations on a document become that annotator's set for the document
				  (replacing the set there was). A set's document is the one the file names, else the corpus
				  document with the same text once line ends and trailing white space are normalised (offsets are
				  carried over); a text the corpus lacks becomes a new document (title from the file when it has
				  one). Spans are checked against the text (hash and quote) and never moved to fit. Types match the
				  schema by id or label, ignoring case. All or nothing: if anything in the file is wrong, every
				  problem is listed (file, line) and nothing is written.

				  --format                   native, jsonl, doccano, w3c, labelstudio or brat (an .ann file with its
				                             .txt, or a folder of them as our brat export writes: <annotator>/<doc>.ann),
				                             uima-json (a UIMA CAS JSON file of INCEpTION, or a folder
				                             <annotator>/<doc>.json as our export writes),
				                             refi-qda (a .qdpx or .qde project of ATLAS.ti, MAXQDA, NVivo, QualCoder:
				                             users are annotators, codings of text selections annotations; bring its
				                             code hierarchy first with codebook import <file>); recognised from the
				                             content or name when left out
				  --annotator                store the sets as this annotator; when the file names several
				                             annotators, they keep their names and this one is used only for
				                             sets the file does not attribute (doccano lines without "annotator")
				  --existing-documents-only  refuse sets on documents the corpus lacks instead of creating them
				  --map                      the file's type names to the schema's type ids, comma-separated
				  --add-types                add the file's unknown tag and relation types to the corpus schema
				  --offsets                  what doccano offsets count: utf16 (doccano's default, as the browser
				                             counts), codepoints (Python tools) or graphemes (doccano's grapheme mode)
				""".formatted(ImportFormat.keys(), OffsetUnit.keys());
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("--corpus", "--format", "--annotator", "--map", "--offsets"),
				Set.of("--existing-documents-only", "--add-types"));
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "the file to import is missing"
					: "expected one file, got " + positional.size() + " words: " + positional);
		}
		Path file = context.resolve(positional.get(0));
		Path corpusDir = context.resolve(arguments.required("--corpus"));
		Optional<ImportFormat> format = Optional.empty();
		if (arguments.option("--format").isPresent()) {
			String key = arguments.option("--format").get();
			format = Optional.of(ImportFormat.fromKey(key).orElseThrow(
					() -> new UsageException("unknown format \"" + key + "\": use " + ImportFormat.keys())));
		}
		OffsetUnit offsets = OffsetUnit.UTF16;
		if (arguments.option("--offsets").isPresent()) {
			String key = arguments.option("--offsets").get();
			offsets = OffsetUnit.fromKey(key).orElseThrow(
					() -> new UsageException("unknown offset unit \"" + key + "\": use " + OffsetUnit.keys()));
		}
		ImportOptions options = ImportOptions.defaults().withFormat(format)
				.withAnnotator(arguments.option("--annotator"))
				.withExistingDocumentsOnly(arguments.flag("--existing-documents-only"))
				.withTypeMap(typeMap(arguments.option("--map"))).withAddTypes(arguments.flag("--add-types"))
				.withOffsets(offsets);
		try {
			Corpus corpus = Corpus.open(corpusDir);
			ImportReport report = AnnotationImporter.importFile(file, options, corpus, ExportProgress.NONE);
			report.warnings().forEach(w -> context.out().println(w));
			context.out().println("Imported " + report.summary() + " from " + file + " into " + corpus.directory());
			return ExitCodes.OK;
		} catch (IOException e) {
			context.err().println("import-annotations: " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private static Map<String, String> typeMap(Optional<String> option) {
		Map<String, String> map = new LinkedHashMap<>();
		if (option.isEmpty()) {
			return map;
		}
		for (String pair : option.get().split(",")) {
			int eq = pair.lastIndexOf('=');
			if (eq <= 0 || eq == pair.length() - 1) {
				throw new UsageException("--map: \"" + pair + "\" is not Label=typeId");
			}
			map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
		}
		return map;
	}
}

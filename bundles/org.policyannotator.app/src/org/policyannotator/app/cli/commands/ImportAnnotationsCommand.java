package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.policyannotator.export.importing.ImportReport;
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
		return "import shared annotation sets (our dataset, doccano JSONL, W3C) into a corpus";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator import-annotations <file> --corpus <dir> [--format %s] [--annotator <name>]

				  Each annotator's annotations on a document become that annotator's set for the document
				  (replacing the set there was). The documents must already be in the corpus: spans are checked
				  against their text (hash and quote) and never moved to fit. All or nothing: if anything in the
				  file is wrong, every problem is listed (file, line) and nothing is written.

				  --format     native, jsonl, doccano or w3c; recognised from the content when left out
				  --annotator  store everything as this annotator (needed for doccano files without "annotator")
				""".formatted(ImportFormat.keys());
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("--corpus", "--format", "--annotator"), Set.of());
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
		try {
			Corpus corpus = Corpus.open(corpusDir);
			ImportReport report = AnnotationImporter.importFile(file, format, arguments.option("--annotator"), corpus,
					ExportProgress.NONE);
			report.warnings().forEach(w -> context.out().println(w));
			context.out().println("Imported " + report.sets() + " annotation sets (" + report.annotations()
					+ " annotations, " + report.relations() + " relations) from " + file + " into " + corpus.directory()
					+ (report.replaced() > 0 ? "; " + report.replaced() + " replaced sets that had annotations" : ""));
			return ExitCodes.OK;
		} catch (IOException e) {
			context.err().println("import-annotations: " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}
}

package org.policyannotator.app.cli.commands;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.importer.CorpusImporter;
import org.policyannotator.importer.CorpusImporter.Outcome;
import org.policyannotator.importer.ImportOptions;
import org.policyannotator.model.corpus.Corpus;

/** {@code policyannotator import <files|dirs> --corpus <dir>}: adds articles (HTML, text, Markdown) to a corpus. */
public final class ImportCommand implements Subcommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import articles (HTML, plain text, Markdown, PDF; files or folders) into a corpus";
	}

	@Override
	public String usage() {
		return """
				Usage: policyannotator import <file|folder>... --corpus <dir> [--encoding <charset>] [--keep-duplicates]

				Extracts the article text and metadata of every .html/.htm/.txt/.md/.pdf file (folders are read
				recursively) and adds each as a document of the corpus. A text already in the corpus is skipped
				unless --keep-duplicates is given. Prints a summary; exit code 1 if any file failed.
				  --encoding X        read text files in this encoding (default: detected)
				  --keep-duplicates   import texts that are already in the corpus again""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("--corpus", "--encoding"), Set.of("--keep-duplicates"));
		if (arguments.positional().isEmpty()) {
			throw new UsageException("name the files or folders to import");
		}
		Path corpusDir = context.resolve(arguments.required("--corpus"));
		ImportOptions options = ImportOptions.defaults();
		if (arguments.option("--encoding").isPresent()) {
			options = options.withEncoding(charset(arguments.option("--encoding").get()));
		}
		List<Path> roots = arguments.positional().stream().map(context::resolve).toList();
		for (Path root : roots) {
			if (!Files.exists(root)) {
				context.err().println("policyannotator import: " + root + ": no such file or folder");
				return ExitCodes.FAILED;
			}
		}
		Corpus corpus = Corpus.open(corpusDir);
		CorpusImporter importer = new CorpusImporter(corpus, options, arguments.flag("--keep-duplicates"));
		CorpusImporter.Summary summary = importer.importAll(roots, outcome -> report(outcome, context), () -> false);
		long warned = summary.added().stream().filter(a -> !a.warnings().isEmpty()).count();
		context.out().printf("Imported %d%s, skipped %d duplicate%s, failed %d.%n", summary.added().size(),
				warned == 0 ? "" : " (" + warned + " with warnings)", summary.duplicates().size(),
				summary.duplicates().size() == 1 ? "" : "s", summary.failed().size());
		return summary.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
	}

	private static void report(Outcome outcome, CommandContext context) {
		switch (outcome) {
		case Outcome.Added added -> {
			context.out().println("imported  " + added.file() + " -> " + added.documentId() + " \"" + added.title() + "\"");
			for (String warning : added.warnings()) {
				context.out().println("  warning " + added.file().getFileName() + ": " + warning);
			}
		}
		case Outcome.Duplicate duplicate -> context.out()
				.println("skipped   " + duplicate.file() + " (same text as document " + duplicate.existing() + ")");
		case Outcome.Failed failed -> context.err().println("failed    " + failed.file() + ": " + failed.reason());
		}
	}

	private static Charset charset(String name) {
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new UsageException("unknown encoding " + name);
		}
	}
}

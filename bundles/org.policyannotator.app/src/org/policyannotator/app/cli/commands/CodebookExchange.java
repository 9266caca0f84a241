package org.policyannotator.app.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.CodebookChange;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.CodebookEdits;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** {@code codebook export} and {@code codebook import}: schema files and the sample codebooks. */
final class CodebookExchange {
	private CodebookExchange() {
	}

	static int export(Arguments arguments, CommandContext context) throws CorpusException {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("export takes --corpus and --out, not " + arguments.positional());
		}
		Corpus corpus = CodebookCommand.corpus(arguments, context);
		Path out = context.resolve(arguments.required("--out"));
		SchemaFiles.write(out, corpus.schema());
		context.out().println("Wrote the codebook of " + corpus.name() + " (" + corpus.schema().tagTypes().size()
				+ " codes) to " + out);
		return ExitCodes.OK;
	}

	static int importCodebook(Arguments arguments, CommandContext context) throws CorpusException {
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException("import takes one codebook file or sample name");
		}
		Corpus corpus = CodebookCommand.corpus(arguments, context);
		Schema codebook = SchemaFiles.readOrSample(context.resolve(positional.get(0)));
		Schema result;
		if (arguments.flag("--replace")) {
			Set<String> lacking = new java.util.TreeSet<>();
			for (Map.Entry<String, Long> used : CodebookChange.usage(corpus).entrySet()) {
				if (codebook.tagType(used.getKey()).isEmpty()) {
					lacking.add(used.getKey() + " (" + used.getValue() + ")");
				}
			}
			if (!lacking.isEmpty()) {
				throw new IllegalArgumentException("not replaced: annotations use codes the new codebook lacks: "
						+ String.join(", ", lacking) + "; import without --replace to add the codes instead");
			}
			result = codebook;
		} else {
			result = CodebookEdits.add(corpus.schema(), withoutClashingKeys(corpus.schema(), codebook, context));
		}
		CodebookChange.apply(corpus, CodebookCommand.checked(result), Map.of());
		context.out().println("Imported " + codebook.tagTypes().size() + " codes (" + codebook.tree().levels()
				+ " levels) into " + corpus.name() + ": it now has " + result.tagTypes().size() + " codes");
		return ExitCodes.OK;
	}

	/** The codebook without the keys that codes of {@code schema} it does not replace already use (reported). */
	private static Schema withoutClashingKeys(Schema schema, Schema codebook, CommandContext context) {
		Set<String> taken = new HashSet<>();
		for (TagType type : schema.tagTypes()) {
			if (codebook.tagType(type.id()).isEmpty() && !type.key().isEmpty()) {
				taken.add(type.key());
			}
		}
		List<TagType> types = new ArrayList<>();
		for (TagType type : codebook.tagTypes()) {
			if (taken.contains(type.key())) {
				context.err().println("codebook import: note: " + CodebookCommand.describe(type) + " gets no key: key "
						+ type.key() + " is taken in the corpus");
				types.add(type.withKey(""));
			} else {
				types.add(type);
			}
		}
		return codebook.withTagTypes(types);
	}
}

package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.export.refi.QdcCodebook;
import org.policyannotator.export.refi.QdcImport;
import org.policyannotator.model.corpus.CodebookChange;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.schema.CodebookEdits;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** {@code codebook export} and {@code codebook import}: schema files, REFI-QDA codebooks and the samples. */
final class CodebookExchange {
	private CodebookExchange() {
	}

	static int export(Arguments arguments, CommandContext context) throws CorpusException {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("export takes --corpus and --out, not " + arguments.positional());
		}
		Corpus corpus = CodebookCommand.corpus(arguments, context);
		Path out = context.resolve(arguments.required("--out"));
		String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".qdc")) {
			try {
				AtomicFiles.write(out, QdcCodebook.write(corpus.schema()));
			} catch (IOException e) {
				throw new CorpusException(out, "cannot write: " + CorpusException.reason(out, e), e);
			}
		} else if (QdcCodebook.isRefiFile(out)) {
			throw new UsageException("codebook export writes a codebook (.qdc or .json), not a REFI-QDA project: "
					+ out.getFileName());
		} else {
			SchemaFiles.write(out, corpus.schema());
		}
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
		Path file = context.resolve(positional.get(0));
		Schema codebook;
		if (QdcCodebook.isRefiFile(file)) {
			QdcImport read = QdcCodebook.read(file, corpus.schema());
			read.notes().forEach(note -> context.err().println("codebook import: note: " + note));
			codebook = withRelationsOf(corpus.schema(), read.codebook());
		} else {
			codebook = SchemaFiles.readOrSample(file);
		}
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

	/**
	 * A REFI-QDA codebook has codes only: it keeps the corpus's relation types whose ends are all among its codes
	 * (or, added to the corpus, all of them), so that {@code --replace} does not drop a relation its codes still use.
	 */
	private static Schema withRelationsOf(Schema schema, Schema codebook) {
		Set<String> codes = new HashSet<>();
		codebook.tagTypes().forEach(t -> codes.add(t.id()));
		List<RelationType> kept = new ArrayList<>();
		for (RelationType relation : schema.relationTypes()) {
			if (codes.containsAll(relation.fromTypes()) && codes.containsAll(relation.toTypes())) {
				kept.add(relation);
			}
		}
		return new Schema(codebook.name(), codebook.tagTypes(), kept);
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

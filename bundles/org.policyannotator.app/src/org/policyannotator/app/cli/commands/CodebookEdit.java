package org.policyannotator.app.cli.commands;

import java.util.List;
import java.util.Map;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.CodebookChange;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.CodebookEdits;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** {@code codebook rename|move|merge|delete}: one change to a corpus's codebook, with the annotations following. */
final class CodebookEdit {
	private CodebookEdit() {
	}

	static int run(String action, Arguments arguments, CommandContext context) throws CorpusException {
		Corpus corpus = CodebookCommand.corpus(arguments, context);
		List<String> codes = arguments.positional();
		Schema schema = corpus.schema();
		return switch (action) {
		case "rename" -> rename(corpus, schema, codes, arguments, context);
		case "move" -> move(corpus, schema, codes, arguments, context);
		case "merge" -> merge(corpus, schema, codes, context);
		default -> delete(corpus, schema, codes, arguments, context);
		};
	}

	private static int rename(Corpus corpus, Schema schema, List<String> codes, Arguments arguments,
			CommandContext context) throws CorpusException {
		if (codes.isEmpty() || codes.size() > 2) {
			throw new UsageException("rename takes a code and optionally its new id");
		}
		String id = codes.get(0);
		String newId = codes.size() == 2 ? codes.get(1) : id;
		String label = arguments.option("--label").orElse("");
		if (newId.equals(id) && label.isEmpty()) {
			throw new UsageException("rename needs a new id or --label");
		}
		Schema changed = CodebookEdits.rename(schema, id, newId, label);
		CodebookChange.Result result = CodebookChange.apply(corpus, CodebookCommand.checked(changed),
				newId.equals(id) ? Map.of() : Map.of(id, newId));
		context.out().println("Renamed " + id + " to " + CodebookCommand.describe(changed.tagType(newId).orElseThrow())
				+ followed(result));
		return ExitCodes.OK;
	}

	private static int move(Corpus corpus, Schema schema, List<String> codes, Arguments arguments,
			CommandContext context) throws CorpusException {
		if (codes.size() != 1) {
			throw new UsageException("move takes one code");
		}
		boolean top = arguments.flag("--top");
		if (top == arguments.option("--under").isPresent()) {
			throw new UsageException("say where to: --under <parent> or --top");
		}
		String parent = arguments.option("--under").orElse("");
		Schema changed = CodebookEdits.move(schema, codes.get(0), parent);
		CodebookChange.apply(corpus, CodebookCommand.checked(changed), Map.of());
		context.out().println("Moved " + codes.get(0) + (top ? " to the top level"
				: " under " + CodebookCommand.describe(changed.tagType(parent).orElseThrow())));
		return ExitCodes.OK;
	}

	private static int merge(Corpus corpus, Schema schema, List<String> codes, CommandContext context)
			throws CorpusException {
		if (codes.size() != 2) {
			throw new UsageException("merge takes two codes: the one that goes and the one it merges into");
		}
		Schema changed = CodebookEdits.merge(schema, codes.get(0), codes.get(1));
		CodebookChange.Result result = CodebookChange.apply(corpus, CodebookCommand.checked(changed),
				Map.of(codes.get(0), codes.get(1)));
		context.out().println("Merged " + codes.get(0) + " into "
				+ CodebookCommand.describe(changed.tagType(codes.get(1)).orElseThrow()) + followed(result));
		return ExitCodes.OK;
	}

	private static int delete(Corpus corpus, Schema schema, List<String> codes, Arguments arguments,
			CommandContext context) throws CorpusException {
		if (codes.size() != 1) {
			throw new UsageException("delete takes one code");
		}
		String id = codes.get(0);
		TagType type = schema.tagType(id).orElseThrow(() -> new IllegalArgumentException("no code " + id + " in the codebook"));
		long used = CodebookChange.usage(corpus).getOrDefault(id, 0L);
		String what = arguments.option("--annotations").orElse("");
		boolean toCode = !what.isEmpty() && !what.equals("delete") && !what.equals("parent");
		if (toCode && (what.equals(id) || schema.tagType(what).isEmpty())) {
			throw new UsageException("--annotations takes delete, parent or another code of the codebook, not " + what);
		}
		if (used > 0 && what.isEmpty()) {
			throw new IllegalArgumentException(CodebookCommand.describe(type) + " is used by " + used
					+ " annotations: add --annotations delete to remove them, --annotations parent to give them "
					+ (type.parent().isEmpty() ? "the parent code (it has none)" : "the parent code " + type.parent())
					+ ", or --annotations <code> to give them another code");
		}
		if (used > 0 && what.equals("parent") && type.parent().isEmpty()) {
			throw new IllegalArgumentException(CodebookCommand.describe(type)
					+ " is a top-level code: there is no parent for its annotations; use --annotations delete");
		}
		Schema changed = CodebookEdits.delete(schema, id);
		CodebookChange.Result result = CodebookChange.apply(corpus, CodebookCommand.checked(changed),
				used == 0 ? Map.of() : Map.of(id, what.equals("parent") ? type.parent() : toCode ? what : ""));
		context.out().println("Deleted " + CodebookCommand.describe(type) + followed(result));
		return ExitCodes.OK;
	}

	private static String followed(CodebookChange.Result result) {
		if (result.retyped() + result.removed() == 0) {
			return " (no annotations used it)";
		}
		return ": " + (result.retyped() > 0 ? result.retyped() + " annotations follow" : "")
				+ (result.retyped() > 0 && result.removed() > 0 ? ", " : "")
				+ (result.removed() > 0 ? result.removed() + " annotations removed" : "") + " in " + result.sets()
				+ " sets";
	}
}

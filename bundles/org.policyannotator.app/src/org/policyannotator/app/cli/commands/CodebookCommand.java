package org.policyannotator.app.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.Finding;
import org.policyannotator.model.corpus.CodebookChange;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * {@code codebook show|export|import|rename|move|merge|delete}: a corpus's hierarchical codebook (its tag types),
 * edited with the annotations following.
 */
public final class CodebookCommand implements Subcommand {
	static final Set<String> VALUE_OPTIONS = Set.of("--corpus", "--out", "--label", "--under", "--annotations",
			"--format", "--annotator", "--annotators", "--by", "--where");

	/** The command (no state). */
	public CodebookCommand() {
	}

	@Override
	public String name() {
		return "codebook";
	}

	@Override
	public String summary() {
		return "show, exchange and edit a hierarchical codebook, annotations following";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator codebook show <corpus|schema.json|policy-topics> [--json]
				       policyannotator codebook counts --corpus <dir> [--by document|<variable>] [--annotators a,b]
				                                [--where <filter>] [--csv | --out <file.csv>]
				       policyannotator codebook export --corpus <dir> --out <file.json|file.qdc>
				       policyannotator codebook import <file.json|.qdc|.qde|.qdpx|policy-topics> --corpus <dir> [--replace]
				       policyannotator codebook rename --corpus <dir> <code> [<new-id>] [--label <label>]
				       policyannotator codebook move --corpus <dir> <code> (--under <parent> | --top)
				       policyannotator codebook merge --corpus <dir> <code> <into-code>
				       policyannotator codebook delete --corpus <dir> <code> [--annotations delete|parent|<code>]

				  show      the tree of codes: number, label, id, key, colour, and in a corpus how many
				            annotations each code and its subtree have
				  counts    the code x document table: how many annotations each code and its subcodes have in each
				            document, or per value of a document variable (--by country); of every annotator
				            unless --annotators; --csv prints it as CSV, --out writes the CSV to a file
				  export    the corpus's codebook as a schema file (.json) or a REFI-QDA codebook (.qdc), which
				            ATLAS.ti, MAXQDA, NVivo, QualCoder and Taguette import: code numbers, inclusion and
				            exclusion rules and examples go into the description as labelled lines
				  import    add the codes of a codebook to the corpus (a code with an id the corpus has replaces
				            it); --replace makes it the whole codebook (refused while annotations use codes it
				            lacks). policy-topics is the sample codebook shipped with the program (10 topics,
				            30 subtopics). A REFI-QDA codebook (.qdc) or project (.qde, .qdpx) gives its codes; a
				            code this program exported keeps its id (found by its guid, else by its name)
				  rename    give a code a new id and/or label; annotations follow
				  move      put a code (with its subtree) under another code, or at the top level
				  merge     the first code's annotations become the second's; its children move under it
				  delete    remove a code (its children move up to its parent); a code in use needs
				            --annotations delete (remove them), --annotations parent (give them the parent code) or
				            --annotations <code> (give them that code)
				Every change is written in one batch: a failure leaves the corpus as it was.
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("say what to do: show, counts, export, import, rename, move, merge or delete");
		}
		String action = args.get(0);
		Arguments arguments = Arguments.parse(args.subList(1, args.size()), VALUE_OPTIONS,
				Set.of("--json", "--replace", "--top", "--csv"));
		try {
			return switch (action) {
			case "show" -> show(arguments, context);
			case "export" -> CodebookExchange.export(arguments, context);
			case "import" -> CodebookExchange.importCodebook(arguments, context);
			case "rename", "move", "merge", "delete" -> CodebookEdit.run(action, arguments, context);
			case "counts" -> CodebookCounts.run(arguments, context);
			default -> throw new UsageException(
					"unknown action \"" + action + "\": use show, counts, export, import, rename, move, merge or delete");
			};
		} catch (CorpusException e) {
			context.err().println("codebook " + action + ": " + e.getMessage());
			return ExitCodes.FAILED;
		} catch (IllegalArgumentException e) {
			context.err().println("codebook " + action + ": " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private static int show(Arguments arguments, CommandContext context) throws CorpusException {
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException("show takes one corpus folder, schema file or sample name");
		}
		Path path = context.resolve(positional.get(0));
		Map<String, Long> usage = Map.of();
		Schema schema;
		if (java.nio.file.Files.isDirectory(path)) {
			Corpus corpus = Corpus.open(path);
			schema = corpus.schema();
			usage = CodebookChange.usage(corpus);
		} else {
			schema = SchemaFiles.readOrSample(path);
		}
		if (arguments.flag("--json")) {
			context.out().println(CodebookText.json(schema, usage));
		} else {
			context.out().print(CodebookText.tree(schema, usage));
			for (Finding f : schema.check()) {
				context.err().println("codebook show: " + f);
			}
		}
		return ExitCodes.OK;
	}

	static Corpus corpus(Arguments arguments, CommandContext context) throws CorpusException {
		return Corpus.open(context.resolve(arguments.required("--corpus")));
	}

	static String describe(TagType type) {
		return type.numberedLabel() + " (" + type.id() + ")";
	}

	static Schema checked(Schema schema) {
		List<Finding> errors = schema.check().stream().filter(Finding::isError).toList();
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException("the codebook would have errors: "
					+ String.join("; ", errors.stream().map(Finding::toString).toList()));
		}
		return schema;
	}
}

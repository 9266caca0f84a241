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
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.team.copies.ConflictedCopies;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.CorpusInfo;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** {@code corpus create|info|validate}: make a corpus, describe it, check it. */
public final class CorpusCommand implements Subcommand {

	/** The command (no state). */
	public CorpusCommand() {
	}

	@Override
	public String name() {
		return "corpus";
	}

	@Override
	public String summary() {
		return "create a corpus, show what it holds, check it for errors";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator corpus create <dir> [--schema <schema.json>] [--name <name>]
				       policyannotator corpus info <dir>
				       policyannotator corpus validate <dir>

				  create    make a new corpus in an empty or new folder, with the default tag set or the
				            given schema file (a schema with "extends": "default" adds to the default), or
				            --schema policy-topics for the sample hierarchical codebook
				  info      documents, annotators and annotation counts per tag type
				  validate  every problem in the corpus (offsets, quotes, types, attributes, links);
				            exits with 1 if there is any error, 0 if only warnings or nothing
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("say what to do: create, info or validate");
		}
		String action = args.get(0);
		List<String> rest = args.subList(1, args.size());
		return switch (action) {
		case "create" -> create(rest, context);
		case "info" -> info(rest, context);
		case "validate" -> validate(rest, context);
		default -> throw new UsageException("unknown action \"" + action + "\": use create, info or validate");
		};
	}

	private static Path directory(Arguments arguments, CommandContext context) {
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "the corpus folder is missing"
					: "expected one corpus folder, got " + positional.size() + " words: " + positional);
		}
		return context.resolve(positional.get(0));
	}

	private static int create(List<String> args, CommandContext context) {
		Arguments arguments = Arguments.parse(args, Set.of("--schema", "--name"), Set.of());
		Path dir = directory(arguments, context);
		try {
			Schema schema = arguments.option("--schema").isPresent()
					? SchemaFiles.readOrSample(context.resolve(arguments.option("--schema").get()))
					: Schema.defaultSchema();
			List<Finding> problems = schema.check().stream().filter(Finding::isError).toList();
			if (!problems.isEmpty()) {
				context.err().println("corpus create: the schema has errors:");
				problems.forEach(p -> context.err().println("  " + p));
				return ExitCodes.FAILED;
			}
			String name = arguments.option("--name")
					.orElse(dir.getFileName() == null ? "corpus" : dir.getFileName().toString());
			Corpus corpus = Corpus.create(dir, name, schema);
			context.out().println("Created corpus \"" + corpus.name() + "\" in " + corpus.directory() + " with "
					+ schema.tagTypes().size() + " tag types (" + schema.name() + ")");
			return ExitCodes.OK;
		} catch (CorpusException e) {
			context.err().println("corpus create: " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private static int info(List<String> args, CommandContext context) {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of());
		Path dir = directory(arguments, context);
		try {
			Corpus corpus = Corpus.open(dir);
			CorpusInfo info = corpus.info();
			var out = context.out();
			out.println("Corpus:      " + info.name());
			out.println("Folder:      " + corpus.directory());
			out.println("Schema:      " + corpus.schema().name() + " (" + corpus.schema().tagTypes().size()
					+ " tag types, " + corpus.schema().relationTypes().size() + " relation types)");
			out.println("Documents:   " + info.documents());
			out.println("Annotators:  " + info.annotators().size()
					+ (info.annotators().isEmpty() ? "" : " (" + String.join(", ", info.annotators()) + ")"));
			out.println("Sets:        " + info.sets());
			out.println("Annotations: " + info.annotations() + " (relations: " + info.relations() + ")");
			out.println("Per type:");
			// codes of a hierarchy indented under their parents, with their numbers; the counts in one column
			Map<String, String> labels = new java.util.LinkedHashMap<>();
			for (Map.Entry<TagType, Integer> entry : corpus.schema().tree().depthFirst()) {
				labels.put(entry.getKey().id(), "  ".repeat(entry.getValue() - 1) + entry.getKey().numberedLabel());
			}
			info.countsPerType().keySet().stream().filter(id -> !labels.containsKey(id)).forEach(id -> labels.put(id, id));
			int width = Math.max(16, labels.values().stream().mapToInt(String::length).max().orElse(0));
			labels.forEach((id, label) -> out.printf("  %-" + width + "s %8d%s%n", label,
					info.countsPerType().getOrDefault(id, 0L),
					corpus.schema().tagType(id).isPresent() ? "" : "  (not in the schema)"));
			return ExitCodes.OK;
		} catch (CorpusException e) {
			context.err().println("corpus info: " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private static int validate(List<String> args, CommandContext context) {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of());
		Path dir = directory(arguments, context);
		try {
			Corpus corpus = Corpus.open(dir);
			List<Finding> findings = new java.util.ArrayList<>(corpus.validate());
			for (ConflictedCopies.Copy copy : ConflictedCopies.find(corpus.directory())) {
				findings.add(Finding.warning(copy.copy(), "", "a conflicted copy of " + copy.original() + " left by "
						+ copy.service() + "; merge it: policyannotator team resolve-copies --corpus " + dir));
			}
			findings.forEach(context.out()::println);
			long errors = findings.stream().filter(Finding::isError).count();
			long warnings = findings.size() - errors;
			context.out().println(errors + " errors, " + warnings + " warnings in " + corpus.directory());
			if (errors > 0) {
				context.err().println("corpus validate: " + errors + " errors (see above)");
				return ExitCodes.FAILED;
			}
			return ExitCodes.OK;
		} catch (java.io.IOException e) {
			context.err().println("corpus validate: " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}
}

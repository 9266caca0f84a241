package org.policyannotator.app.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.suggest.CorpusSuggestions;
import org.policyannotator.suggest.Suggester;
import org.policyannotator.suggest.TagAll;
import org.policyannotator.suggest.UserRules;
import org.policyannotator.suggest.SuggestionWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code suggest}: runs the rule-based suggesters on documents of a corpus and writes their suggestions (status
 * {@code suggested}) into an annotator's sets, or prints them.
 */
public final class SuggestCommand implements Subcommand {
	private static final Set<String> VALUE_OPTIONS = Set.of("--corpus", "--documents", "--document", "--types",
			"--annotator", "--tag-all", "--as");
	private static final Set<String> FLAGS = Set.of("--json", "--dry-run", "--regex", "--save-rule");

	/** For the command registry. */
	public SuggestCommand() {
	}

	@Override
	public String name() {
		return "suggest";
	}

	@Override
	public String summary() {
		return "suggest statistics, quotes, speakers and proposal points into an annotator's sets";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator suggest --corpus <dir> --annotator <name> [--documents a,b,...]
				                               [--types t1,t2,...] [--json] [--dry-run]
				       policyannotator suggest --corpus <dir> --annotator <name> --tag-all <text> --as <type>
				                               [--regex] [--save-rule] [--documents a,b,...] [--json] [--dry-run]

				Runs the rule-based suggesters (statistics, direct quotes, indirect speech, speakers with said-by
				links, N-point proposals with their points) and adds what they find to the annotator's sets as
				annotations with status "suggested", to be accepted or rejected in the workbench. Nothing there is
				replaced: a suggestion that overlaps an annotation of its type, or that the annotator rejected
				before, is not added. Each set is saved atomically. The corpus's own "tag all" rules in
				<corpus>/suggest-rules.tsv run too (one a line: tag type TAB text|regex TAB pattern).

				  --corpus <dir>       the corpus folder
				  --annotator <name>   whose sets receive the suggestions (required)
				  --documents <a,b>    documents to run on (default: all); --document is the same
				  --types <t1,t2>      tag types to suggest (default: all): statistic, quote, speaker, proposal,
				                       proposal-point
				  --json               print the suggestions as JSON lines (one object per suggestion)
				  --dry-run            change nothing; print what would be added
				  --tag-all <text>     instead of the rules: every occurrence of the text (whole words, case
				                       ignored), or with --regex of the Java regular expression, as --as <type>
				  --save-rule          also keep it as a rule of the corpus in <corpus>/suggest-rules.tsv, so that
				                       every later suggest (and everyone sharing the corpus) runs it

				Exit codes: 0 ok; 1 the corpus or a document cannot be read or a set cannot be saved (sets saved
				before stay saved); 2 bad usage.
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args, VALUE_OPTIONS, FLAGS);
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("unexpected argument " + arguments.positional().get(0));
		}
		Path folder = context.resolve(arguments.required("--corpus"));
		String annotator = arguments.required("--annotator");
		if (!DocumentIds.isValid(annotator)) {
			throw new UsageException("'" + annotator + "' cannot be an annotator name (letters, digits, - and _)");
		}
		if (arguments.option("--documents").isPresent() && arguments.option("--document").isPresent()) {
			throw new UsageException("give --documents or --document, not both");
		}
		List<String> documents = list(arguments.option("--documents").or(() -> arguments.option("--document")).orElse(""));
		List<String> types = list(arguments.option("--types").orElse(""));
		boolean dryRun = arguments.flag("--dry-run");
		PrintStream err = context.err();
		Corpus corpus;
		try {
			corpus = Corpus.open(folder);
			for (String type : types) {
				if (corpus.schema().tagType(type).isEmpty()) {
					throw new UsageException("type " + type + " is not in the schema of " + folder);
				}
			}
			if (documents.isEmpty()) {
				documents = corpus.documentIds();
			}
			for (String id : documents) {
				if (!corpus.hasDocument(id)) {
					err.println("suggest: " + folder + ": no document " + id);
					return ExitCodes.FAILED;
				}
			}
		} catch (CorpusException e) {
			err.println("suggest: " + e.getMessage());
			return ExitCodes.FAILED;
		}
		CorpusSuggestions suggestions;
		try {
			suggestions = arguments.option("--tag-all").isPresent() ? tagAll(arguments, corpus, err)
					: new CorpusSuggestions(corpus, UserRules.withBuiltIn(corpus), types);
		} catch (CorpusException e) {
			err.println("suggest: " + e.getMessage());
			return ExitCodes.FAILED;
		}
		int added = 0;
		int skipped = 0;
		JsonGenerator json = arguments.flag("--json") ? new JsonFactory().createGenerator(context.out()) : null;
		if (json != null) {
			json.setRootValueSeparator(null); // one object a line, with nothing before it
		}
		for (String id : documents) {
			CorpusSuggestions.DocumentResult result;
			try {
				result = suggestions.run(id, annotator, dryRun);
			} catch (CorpusException e) {
				err.println("suggest: " + e.getMessage());
				return ExitCodes.FAILED;
			}
			added += result.outcome().added().size();
			skipped += result.outcome().skipped();
			java.util.Map<String, List<Relation>> relationsFrom = result.outcome().relations().stream()
					.collect(java.util.stream.Collectors.groupingBy(Relation::from));
			for (Annotation a : result.outcome().added()) {
				if (json != null) {
					write(json, id, a, relationsFrom.getOrDefault(a.id(), List.of()));
				} else if (dryRun) {
					context.out().println(id + "\t" + a.type() + "\t" + a.start() + "-" + a.end() + "\t"
							+ a.spans().get(0).quote().replace('\n', ' '));
				}
			}
			if (json == null) {
				err.println(id + ": " + result.outcome().added().size() + (dryRun ? " would be added" : " added")
						+ ", " + result.outcome().skipped() + " already there or rejected");
			}
		}
		if (json != null) {
			json.flush();
			context.out().println();
		} else {
			context.out().println((dryRun ? "would add " : "added ") + added + " suggestions to " + documents.size()
					+ " documents of " + annotator + " (" + skipped + " already there or rejected)");
		}
		return ExitCodes.OK;
	}

	/** The one rule of --tag-all, kept with the corpus when --save-rule says so. */
	private static CorpusSuggestions tagAll(Arguments arguments, Corpus corpus, PrintStream err) throws CorpusException {
		String type = arguments.option("--as")
				.orElseThrow(() -> new UsageException("--tag-all needs --as <type>: the tag type to give each occurrence"));
		if (corpus.schema().tagType(type).isEmpty()) {
			throw new UsageException("type " + type + " is not in the schema of " + corpus.directory());
		}
		String pattern = arguments.required("--tag-all");
		boolean regex = arguments.flag("--regex");
		Suggester rule;
		try {
			rule = TagAll.rule(type, pattern, regex);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--tag-all: " + e.getMessage());
		}
		if (arguments.flag("--save-rule") && !arguments.flag("--dry-run")) {
			try {
				boolean added = UserRules.add(corpus, type, pattern, regex);
				err.println("suggest: " + (added ? "saved the rule in " : "the rule is already in ")
						+ corpus.directory().resolve(UserRules.FILE));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--save-rule: " + e.getMessage());
			}
		}
		return new CorpusSuggestions(corpus, List.of(rule), List.of(type));
	}

	/** One suggestion as a JSON line, with the relations {@code from} it ("said-by" to its speaker, "point-of"). */
	private static void write(JsonGenerator json, String document, Annotation a, List<Relation> from)
			throws java.io.IOException {
		json.writeStartObject();
		json.writeStringField("document", document);
		json.writeStringField("id", a.id());
		json.writeStringField("type", a.type());
		json.writeNumberField("start", a.start());
		json.writeNumberField("end", a.end());
		json.writeStringField("text", String.join(" ", a.spans().stream().map(s -> s.quote()).toList()));
		json.writeStringField("rule", SuggestionWriter.ruleOf(a).orElse(""));
		json.writeObjectFieldStart("attributes");
		for (var e : a.attributes().entrySet()) {
			json.writeStringField(e.getKey(), e.getValue().display());
		}
		json.writeEndObject();
		if (!from.isEmpty()) {
			json.writeArrayFieldStart("relations");
			for (Relation r : from) {
				json.writeStartObject();
				json.writeStringField("type", r.type());
				json.writeStringField("to", r.to());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		json.writeEndObject();
		json.writeRaw('\n');
	}

	private static List<String> list(String value) {
		if (value.isBlank()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.distinct().toList());
	}
}

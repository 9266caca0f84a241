package org.policyannotator.app.cli.commands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.search.AnnotationCriteria;
import org.policyannotator.search.CorpusSearch;
import org.policyannotator.search.DocumentHits;
import org.policyannotator.search.Hit;
import org.policyannotator.search.HitTable;
import org.policyannotator.search.HitTagger;
import org.policyannotator.search.QueryException;
import org.policyannotator.search.SearchOptions;
import org.policyannotator.search.SearchOutcome;
import org.policyannotator.search.SearchQuery;
import org.policyannotator.search.SearchScope;
import org.policyannotator.search.TextQuery;

/** {@code search}: keyword in context over a corpus's texts and annotations, optionally tagging every hit. */
public final class SearchCommand implements Subcommand {

	public SearchCommand() {
	}

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String summary() {
		return "find text and annotations across a corpus (keyword in context), tag every hit";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator search --corpus <dir> [<text>] [--regex] [--whole-word] [--case-sensitive]
				                          [--type t] [--attribute k=v] [--annotator a] [--status accepted|suggested]
				                          [--note text] [--speaker name] [--documents d1,d2] [--where filter] [--json|--csv] [--context N]
				                          [--max-hits N] [--time-limit seconds] [--tag-as <type> --annotator <name>]

				  Prints every hit as document:offset, then the hit in [brackets] with its left and right context.
				  Text alone finds it in the documents (ignoring case unless --case-sensitive); annotation criteria
				  alone find the annotations; both find the text inside such annotations ("tariff" inside a claim).

				  <text>            words to find; with --regex a Java regular expression
				  --whole-word      a hit must not start or end inside a word
				  --type            tag type id (claim, statistic, ...)
				  --attribute       name=value: the attribute's value, ignoring case (e.g. unit=percent)
				  --annotator       only this annotator's annotations; with --tag-as, whose set the tags go into
				  --status          accepted or suggested
				  --note            text the annotation's note contains
				  --speaker         a person: speakers of that person and quotes linked to them, by any of the
				                    person's names in the corpus ("Xi" finds "Chinese President Xi Jinping")
				  --documents       search only these document ids (default: the whole corpus)
				  --where           only documents whose variables match, e.g. country=KR,type=speech
				  --json, --csv     hits as a JSON array or as CSV (document,title,start,end,left,hit,right,type,annotator)
				  --context         characters of context on each side (default 40)
				  --max-hits        stop after this many hits
				  --time-limit      stop after this many seconds (default 30); exit 1 if the search was cut short
				  --tag-as          tag every hit as this type in --annotator's sets: one save per document, other
				                    annotators' sets are never touched, hits already tagged so are skipped
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(args,
				Set.of("--corpus", "--type", "--attribute", "--annotator", "--status", "--note", "--speaker", "--documents",
						"--where",
						"--context", "--max-hits", "--time-limit", "--tag-as"),
				Set.of("--regex", "--whole-word", "--case-sensitive", "--json", "--csv"));
		if (arguments.flag("--json") && arguments.flag("--csv")) {
			throw new UsageException("give --json or --csv, not both");
		}
		Optional<String> tagAs = arguments.option("--tag-as");
		if (tagAs.isPresent() && arguments.option("--annotator").isEmpty()) {
			throw new UsageException("--tag-as needs --annotator <name>: whose sets the tags go into");
		}
		SearchQuery query = query(arguments, tagAs.isPresent());
		SearchOptions options = new SearchOptions(Duration.ofSeconds(arguments.positiveInt("--time-limit", 30)),
				arguments.option("--max-hits").isPresent() ? arguments.positiveInt("--max-hits", 1) : 0,
				context(arguments));
		SearchScope scope = arguments.option("--documents")
				.map(list -> SearchScope.documents(Arrays.stream(list.split(",")).map(String::strip)
						.filter(s -> !s.isEmpty()).toList()))
				.orElse(SearchScope.WHOLE_CORPUS);
		Corpus corpus = Corpus.open(context.resolve(arguments.required("--corpus")));
		if (arguments.option("--where").isPresent()) {
			scope = SearchScope.documents(DocumentSelection.of(corpus, arguments.option("--where"),
					scope.documentIds().orElse(List.of())));
		}
		if (scope.documentIds().isPresent()) {
			for (String id : scope.documentIds().get()) {
				if (!corpus.hasDocument(id)) {
					throw new UsageException("the corpus " + corpus.directory() + " has no document " + id);
				}
			}
		}
		if (tagAs.isPresent() && corpus.schema().tagType(tagAs.get()).isEmpty()) {
			throw new UsageException("the corpus's schema has no tag type '" + tagAs.get() + "'");
		}
		return search(corpus, query, scope, options, arguments, tagAs, context);
	}

	private static int context(Arguments arguments) {
		String value = arguments.option("--context").orElse("40").strip();
		try {
			int n = Integer.parseInt(value);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--context needs a whole number of characters (0 or more), not " + value);
	}

	private static int search(Corpus corpus, SearchQuery query, SearchScope scope, SearchOptions options,
			Arguments arguments, Optional<String> tagAs, CommandContext context) throws Exception {
		Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
		List<Hit> all = new ArrayList<>();
		int[] documentsWithHits = { 0 };
		HitTable.JsonHits json = arguments.flag("--json") ? HitTable.json(out) : null;
		if (arguments.flag("--csv")) {
			HitTable.csvHeader(out);
		}
		Consumer<DocumentHits> printer = documentHits -> {
			documentsWithHits[0]++;
			try {
				for (Hit hit : documentHits.hits()) {
					if (tagAs.isPresent()) {
						all.add(hit);
					}
					if (json != null) {
						json.write(hit);
					} else if (arguments.flag("--csv")) {
						HitTable.csvRow(hit, out);
					} else {
						out.write(hit.documentId() + ":" + hit.start() + "\t" + hit.left() + "[" + hit.match() + "]"
								+ hit.right() + (hit.type().isEmpty() ? "" : "\t" + hit.type() + " by " + hit.annotator())
								+ "\n");
					}
				}
				out.flush();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		};
		SearchOutcome outcome;
		try {
			outcome = new CorpusSearch(corpus).run(query, scope, options, printer, () -> false);
		} catch (QueryException e) {
			throw new UsageException(e.getMessage());
		}
		if (json != null) {
			json.close();
		}
		out.flush();
		outcome.problems().forEach(p -> context.err().println("search: skipped " + p));
		context.err().println(outcome.describe(documentsWithHits[0], options.timeLimit()));
		if (tagAs.isPresent() && outcome.stop() == SearchOutcome.Stop.COMPLETE) {
			HitTagger.Report report = HitTagger.tag(corpus, all, tagAs.get(), arguments.required("--annotator"));
			context.err().println("Tagged " + report.added() + " hits as " + tagAs.get() + " in "
					+ report.documents() + " documents for " + arguments.required("--annotator")
					+ (report.skipped() > 0 ? "; " + report.skipped() + " were already tagged so" : ""));
		} else if (tagAs.isPresent()) {
			context.err().println("search: nothing tagged, because the search did not complete");
		}
		return outcome.stop() == SearchOutcome.Stop.COMPLETE || outcome.stop() == SearchOutcome.Stop.HIT_LIMIT
				&& tagAs.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
	}

	private static SearchQuery query(Arguments arguments, boolean annotatorIsTarget) {
		List<String> words = arguments.positional();
		if (words.size() > 1) {
			throw new UsageException("expected one text to find, got " + words.size() + " words: " + words
					+ " (put a phrase in quotes)");
		}
		AnnotationCriteria criteria = AnnotationCriteria.NONE;
		try {
			if (arguments.option("--type").isPresent()) {
				criteria = criteria.withType(arguments.option("--type").get());
			}
			if (arguments.option("--attribute").isPresent()) {
				criteria = criteria.withAttribute(arguments.option("--attribute").get());
			}
		} catch (QueryException e) {
			throw new UsageException(e.getMessage());
		}
		Optional<String> annotator = arguments.option("--annotator");
		if (annotator.isPresent()) {
			if (!DocumentIds.isValid(annotator.get())) {
				throw new UsageException("'" + annotator.get() + "' is not an annotator name");
			}
			if (!annotatorIsTarget) {
				criteria = criteria.withAnnotator(annotator.get());
			}
		}
		if (arguments.option("--status").isPresent()) {
			String status = arguments.option("--status").get();
			criteria = criteria.withStatus(AnnotationStatus.fromKey(status)
					.orElseThrow(() -> new UsageException("--status is accepted or suggested, not " + status)));
		}
		if (arguments.option("--note").isPresent()) {
			criteria = criteria.withNoteText(arguments.option("--note").get());
		}
		if (arguments.option("--speaker").isPresent()) {
			String speaker = arguments.option("--speaker").get();
			if (speaker.isBlank()) {
				throw new UsageException("--speaker needs a name, e.g. --speaker Xi");
			}
			criteria = criteria.withSpeaker(speaker);
		}
		Optional<TextQuery> text = Optional.empty();
		if (!words.isEmpty() && !words.get(0).isEmpty()) {
			text = Optional.of(new TextQuery(words.get(0), arguments.flag("--regex"), arguments.flag("--whole-word"),
					arguments.flag("--case-sensitive")));
		}
		if (text.isEmpty() && criteria.isEmpty()) {
			throw new UsageException("give a text to find or an annotation criterion (--type, --attribute, ...)");
		}
		return new SearchQuery(text, criteria);
	}
}

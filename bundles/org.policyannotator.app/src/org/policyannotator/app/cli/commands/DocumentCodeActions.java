package org.policyannotator.app.cli.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.DocumentCodes;

/**
 * {@code variables code} and {@code variables uncode}: an annotator gives whole documents codes of the codebook
 * (e.g. their major topic), or takes them away; {@code --where doc-code=...} selects documents by them.
 */
final class DocumentCodeActions {
	private DocumentCodeActions() {
	}

	/** Adds ({@code add}) or removes the positional codes on the chosen documents for {@code --annotator}. */
	static int run(Corpus corpus, Arguments arguments, CommandContext context, boolean add) throws CorpusException {
		String annotator = arguments.required("--annotator");
		if (!DocumentIds.isValid(annotator)) {
			throw new UsageException("--annotator: \"" + annotator + "\" is not a valid annotator name");
		}
		List<String> codes = arguments.positional().stream().flatMap(w -> Arrays.stream(w.split(",")))
				.map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
		if (codes.isEmpty()) {
			throw new UsageException("give at least one code of the codebook");
		}
		for (String code : codes) {
			if (corpus.schema().tagType(code).isEmpty()) {
				throw new UsageException("the codebook has no code \"" + code + "\" (policyannotator codebook export"
						+ " lists them)");
			}
		}
		List<String> ids = VariablesCommand.chosen(corpus, arguments);
		SortedMap<String, List<String>> current = DocumentCodes.of(corpus, annotator);
		Map<String, List<String>> changes = new LinkedHashMap<>();
		for (String id : ids) {
			LinkedHashSet<String> next = new LinkedHashSet<>(current.getOrDefault(id, List.of()));
			if (add) {
				next.addAll(codes);
			} else {
				next.removeAll(codes);
			}
			changes.put(id, new ArrayList<>(next));
		}
		Map<String, List<String>> changed = DocumentCodes.set(corpus, annotator, changes);
		context.out().println((add ? "Gave " : "Took ") + String.join(", ", codes) + (add ? " to " : " from ")
				+ ids.size() + " document(s) as " + annotator + "; " + changed.size() + " changed");
		return ExitCodes.OK;
	}

	/** Each annotator's document codes of a document, e.g. {@code ana: economy, trade}; empty when none. */
	static List<String> lines(Map<String, SortedMap<String, List<String>>> all, String documentId) {
		List<String> lines = new ArrayList<>();
		all.forEach((annotator, byDocument) -> {
			List<String> codes = byDocument.getOrDefault(documentId, List.of());
			if (!codes.isEmpty()) {
				lines.add(annotator + ": " + String.join(", ", codes));
			}
		});
		return lines;
	}
}

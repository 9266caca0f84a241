package org.policyannotator.analysis.codes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

import org.policyannotator.analysis.table.CsvWriter;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * A code x document table: how many annotations each code has in each column, where a column is a document or a
 * value of a document variable (e.g. one column per country). Each code's row also has its subtree's total (the
 * code and every code below it), as codebooks are read by topic. Columns are sorted by id or value; documents
 * without the variable fall in the column {@link #NONE}.
 *
 * @param codes   the codes in tree order, each with its depth (1 = top level)
 * @param columns the column keys, in order
 * @param counts  per code id: the annotations of exactly that code in each column
 * @param totals  per code id: the annotations of the code and its subcodes in each column
 * @param by      {@code document} or the variable's name
 * @param sets    how many annotation sets were counted
 */
public record CodeMatrix(List<Map.Entry<TagType, Integer>> codes, List<String> columns,
		Map<String, Map<String, Integer>> counts, Map<String, Map<String, Integer>> totals, String by, int sets) {

	/** The column of documents that do not have the variable. */
	public static final String NONE = "(none)";
	/** What {@link #by} says for one column per document. */
	public static final String BY_DOCUMENT = "document";

	/** The annotations of exactly this code in this column. */
	public int count(String code, String column) {
		return counts.getOrDefault(code, Map.of()).getOrDefault(column, 0);
	}

	/** The annotations of this code and its subcodes in this column. */
	public int total(String code, String column) {
		return totals.getOrDefault(code, Map.of()).getOrDefault(column, 0);
	}

	/** The largest subtree total of any cell, for shading. */
	public int max() {
		return totals.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
	}

	/**
	 * Counts the annotations of {@code annotators} (every annotator with sets when empty) on {@code documents}
	 * (every document when empty), by document or by the value of the variable {@code by}.
	 *
	 * @throws CorpusException if a set or document cannot be read
	 */
	public static CodeMatrix of(Corpus corpus, List<String> documents, List<String> annotators, Optional<String> by)
			throws CorpusException {
		Schema schema = corpus.schema();
		List<String> docs = documents.isEmpty() ? corpus.documentIds() : documents;
		List<String> who = annotators.isEmpty() ? corpus.annotators() : annotators;
		Map<String, String> columnOf = new LinkedHashMap<>();
		for (String doc : docs) {
			if (by.isEmpty()) {
				columnOf.put(doc, doc);
			} else {
				SortedMap<String, String> variables = corpus.documentVariables(doc);
				columnOf.put(doc, variables.getOrDefault(by.get(), NONE));
			}
		}
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		int sets = 0;
		for (String annotator : who) {
			List<String> annotated = corpus.documentIdsAnnotatedBy(annotator);
			for (String doc : annotated) {
				String column = columnOf.get(doc);
				if (column == null) {
					continue;
				}
				sets++;
				for (Annotation annotation : corpus.loadSet(annotator, doc).annotations()) {
					counts.computeIfAbsent(annotation.type(), t -> new HashMap<>()).merge(column, 1, Integer::sum);
				}
			}
		}
		CodeTree tree = schema.tree();
		Map<String, Map<String, Integer>> totals = new HashMap<>();
		counts.forEach((code, byColumn) -> {
			for (String at : schema.tagType(code).isPresent() ? tree.path(code) : List.of(code)) {
				Map<String, Integer> total = totals.computeIfAbsent(at, k -> new HashMap<>());
				byColumn.forEach((column, n) -> total.merge(column, n, Integer::sum));
			}
		});
		List<String> columns = new ArrayList<>(new TreeSet<>(columnOf.values()));
		if (columns.remove(NONE)) {
			columns.add(NONE);
		}
		List<Map.Entry<TagType, Integer>> codes = new ArrayList<>(tree.depthFirst());
		return new CodeMatrix(List.copyOf(codes), List.copyOf(columns), counts, totals,
				by.orElse(BY_DOCUMENT), sets);
	}

	/** The table as CSV (RFC 4180): code id, label, depth, then one column per key with the subtree totals. */
	public String csv() {
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("code", "label", "level"));
		header.addAll(columns);
		header.add("total");
		CsvWriter.row(out, header);
		for (Map.Entry<TagType, Integer> entry : codes) {
			TagType type = entry.getKey();
			List<String> row = new ArrayList<>(List.of(type.id(), type.numberedLabel(), Integer.toString(entry.getValue())));
			int sum = 0;
			for (String column : columns) {
				int n = total(type.id(), column);
				sum += n;
				row.add(Integer.toString(n));
			}
			row.add(Integer.toString(sum));
			CsvWriter.row(out, row);
		}
		return out.toString();
	}
}

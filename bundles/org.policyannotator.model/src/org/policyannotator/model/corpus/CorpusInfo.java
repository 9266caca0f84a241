package org.policyannotator.model.corpus;

import java.util.List;
import java.util.SortedMap;

/**
 * Figures about a corpus, for {@code corpus info}.
 *
 * @param name          corpus name
 * @param documents     number of documents
 * @param annotators    annotator names, sorted
 * @param sets          number of annotation set files
 * @param annotations   number of annotations in all sets
 * @param relations     number of relations in all sets
 * @param countsPerType annotations per tag type id, sorted by id
 */
public record CorpusInfo(String name, int documents, List<String> annotators, int sets, long annotations,
		long relations, SortedMap<String, Long> countsPerType) {
}

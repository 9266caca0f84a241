package org.policyannotator.export.importing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.policyannotator.export.refi.RefiProject;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.DocumentDetails;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.schema.Schema;

/**
 * Reads a REFI-QDA project ({@code .qdpx} or {@code .qde}) as annotation sets: each text source is a document (its
 * name is the document id when it is a valid one, as in projects this program writes), each user an annotator and
 * each coding of a text selection an annotation (code point positions), each coding of a whole source a
 * document-level code of the coding's user. A code of the corpus (found by guid or name) gives its id; other codes
 * give their names, which the corpus's types must match (or {@code --add-types}).
 */
final class RefiReader {
	private RefiReader() {
	}

	static List<RawSet> read(Path file, Schema schema, Instant now, List<String> warnings)
			throws org.policyannotator.model.corpus.CorpusException {
		RefiProject project = RefiProject.read(file, schema, now);
		project.notes().forEach(n -> warnings.add(file + ": " + n));
		Map<String, String> codeNames = new LinkedHashMap<>();
		project.codebook().codebook().tagTypes().forEach(t -> codeNames.put(t.id(), t.label()));
		List<RawSet> sets = new ArrayList<>();
		Map<String, String> annotators = new LinkedHashMap<>();
		for (RefiProject.Source source : project.sources()) {
			String documentId = DocumentIds.isValid(source.name()) ? source.name() : "";
			Map<String, List<RawAnnotation>> byUser = new LinkedHashMap<>();
			for (RefiProject.Selection s : source.selections()) {
				String where = file + ": project.qde line " + s.line();
				String type = type(s.code(), project, schema, codeNames);
				String annotator = annotator(s.user(), annotators);
				byUser.computeIfAbsent(annotator, a -> new ArrayList<>()).add(new RawAnnotation(s.id().toLowerCase(
						Locale.ROOT), type, List.of(RawSpan.codePoints(s.start(), s.end(), Optional.empty())), Map.of(),
						Map.of(), AnnotationStatus.ACCEPTED, s.created(), s.modified(), s.note(), where));
			}
			String where = file + ": source " + source.name();
			Map<String, List<String>> codes = new LinkedHashMap<>();
			source.codes().forEach((user, guids) -> codes.put(annotator(user, annotators),
					guids.stream().map(guid -> type(guid, project, schema, codeNames)).toList()));
			RawDocument facts = new RawDocument(source.title(), "", Optional.empty(), "",
					new DocumentDetails("", "", List.of(), new TreeMap<>(source.variables())), codes);
			if (byUser.isEmpty()) {
				sets.add(new RawSet("", documentId, "", source.text(), List.of(), List.of(), where, facts));
			}
			byUser.forEach((annotator, annotations) -> sets.add(new RawSet(annotator, documentId, "", source.text(),
					annotations, List.of(), where, facts)));
		}
		annotators.forEach((user, name) -> {
			if (!user.equals(name)) {
				warnings.add(file + ": user \"" + user + "\" is annotator " + name);
			}
		});
		return sets;
	}

	/** The type name of a code: the corpus's id for a code of the corpus, else the code's name. */
	private static String type(String code, RefiProject project, Schema schema, Map<String, String> codeNames) {
		return project.codebook().idOf(code)
				.map(id -> schema.tagType(id).isPresent() ? id : codeNames.getOrDefault(id, id)).orElse(code);
	}

	/** The annotator name of a user (empty for none), remembered to report the users whose names were changed. */
	private static String annotator(String user, Map<String, String> annotators) {
		return user.isEmpty() ? "" : annotators.computeIfAbsent(user, AnnotatorNames::of);
	}
}

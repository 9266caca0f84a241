package org.policyannotator.export.refi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;

/**
 * What a REFI-QDA project ({@code .qdpx}, or a bare {@code project.qde}) holds that annotations here can keep: its
 * code book, its text sources (and the text representations of its PDF sources) with their texts and variable
 * values (their own, else those of the cases that group them), each coding of a text selection and each coding of
 * a whole source.
 *
 * @param name     the project's name
 * @param codebook its codes, matched to the corpus's codes
 * @param sources  the text sources, in the file's order
 * @param notes    what could not be taken over (picture, audio and video sources, PDF page regions, selections
 *                 without a code, texts outside the archive, cases, sets, links, graphs, memos), for the user
 */
public record RefiProject(String name, QdcImport codebook, List<Source> sources, List<String> notes) {

	/** Copies the lists. */
	public RefiProject {
		sources = List.copyOf(sources);
		notes = List.copyOf(notes);
	}

	/**
	 * A text source.
	 *
	 * @param name       its name in the project (a document id when this program wrote it)
	 * @param title      its description, else its name
	 * @param text       its plain text
	 * @param selections one entry per coding of a selection
	 * @param variables  its variable values by variable name (made a valid name: {@code Country of origin} gives
	 *                   {@code Country_of_origin}), values on one line
	 * @param codes      the codings of the whole source (document-level codes): the name of the user who coded
	 *                   (the coding's, else the source's creator; empty if none), then the guids of the codes
	 */
	public record Source(String name, String title, String text, List<Selection> selections,
			Map<String, String> variables, Map<String, List<String>> codes) {
		/** Copies the lists and the maps. */
		public Source {
			selections = List.copyOf(selections);
			variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
			Map<String, List<String>> copy = new LinkedHashMap<>();
			codes.forEach((user, list) -> copy.put(user, List.copyOf(list)));
			codes = Collections.unmodifiableMap(copy);
		}
	}

	/**
	 * One coding of a text selection.
	 *
	 * @param id       the coding's guid (a stable id for the annotation)
	 * @param start    first code point, counted from 0
	 * @param end      code point after the last one
	 * @param code     the coded code's guid
	 * @param user     the name of the user who coded it (the coding's, else the selection's creator), empty if none
	 * @param created  when, if the file says
	 * @param modified when the selection was last changed, if the file says, else {@code created}
	 * @param note     the selection's description and the notes it refers to, empty if none
	 * @param line     the line of the selection in {@code project.qde}, for messages
	 */
	public record Selection(String id, int start, int end, String code, String user, Instant created,
			Instant modified, String note, int line) {
	}

	/**
	 * Reads a {@code .qdpx} (zip with {@code project.qde} and {@code Sources/}) or a {@code .qde} file.
	 *
	 * @param base the corpus's schema, to which codes are matched (see {@link QdcCodebook#read})
	 * @param now  the time for codings that do not say when they were made
	 * @throws CorpusException naming the file and the problem
	 */
	public static RefiProject read(Path file, Schema base, Instant now) throws CorpusException {
		try (QdpxArchive archive = QdpxArchive.open(file)) {
			byte[] project = archive.project();
			QdcImport codebook = CodesToTypes.convert(QdcReader.read(project, file), base,
					file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
			return ProjectReader.read(project, archive, codebook, now);
		}
	}
}

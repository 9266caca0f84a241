package org.policyannotator.export.refi;

import java.nio.file.Path;

import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;

/**
 * A codebook in the REFI-QDA standard (QDA-XML 1.0), the {@code .qdc} file that ATLAS.ti, MAXQDA, NVivo, QualCoder
 * and Taguette exchange: codes with their hierarchy, names, colours and descriptions. What the standard has no
 * field for (code numbers, inclusion and exclusion rules, examples) is written as labelled lines of the
 * description and read back from them; keys and attributes stay with the corpus.
 */
public final class QdcCodebook {
	/** The namespace of a codebook file. */
	public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
	/** The namespace of a project file ({@code .qde}, {@code project.qde} in a {@code .qdpx}). */
	public static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
	/** What {@code origin} says in the files written here. */
	public static final String ORIGIN = "Policy Annotator";

	private QdcCodebook() {
	}

	/** Whether a file name asks for REFI-QDA ({@code .qdc}, {@code .qde}, {@code .qdpx}). */
	public static boolean isRefiFile(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".qdc") || name.endsWith(".qde") || name.endsWith(".qdpx");
	}

	/** The schema's tag types as a {@code .qdc} file (UTF-8). */
	public static byte[] write(Schema schema) {
		return QdcWriter.write(schema, ORIGIN);
	}

	/**
	 * Reads the codebook of a {@code .qdc} or {@code .qde} file, or of the {@code project.qde} in a {@code .qdpx}
	 * zip, matching its codes to those of {@code base} (the corpus's schema; {@link Schema} with no types for none).
	 *
	 * @throws CorpusException naming the file and the problem: not XML, not a codebook, a bad guid or colour, a
	 *                         document type declaration, a zip without a project
	 */
	public static QdcImport read(Path file, Schema base) throws CorpusException {
		byte[] bytes;
		try (QdpxArchive archive = QdpxArchive.open(file)) {
			bytes = archive.project();
		}
		String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return CodesToTypes.convert(QdcReader.read(bytes, file), base, name);
	}

}

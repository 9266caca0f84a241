package org.policyannotator.model.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.SchemaCodec;
import org.policyannotator.model.schema.Schema;

/** Reading and writing a schema file outside a corpus (e.g. {@code corpus create --schema file}). */
public final class SchemaFiles {
	private SchemaFiles() {
	}

	/** Reads a schema file; {@code "extends": "default"} adds to the default schema. */
	public static Schema read(Path file) throws CorpusException {
		try {
			return SchemaCodec.read(Files.readAllBytes(file), file);
		} catch (NoSuchFileException e) {
			throw new CorpusException(file, "does not exist", e);
		} catch (CorpusException e) {
			throw e;
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
	}

	/** Names of the sample codebooks shipped with the program, for {@link #sample}. */
	public static final List<String> SAMPLES = List.of("policy-topics");

	/**
	 * A sample codebook shipped with the program, e.g. {@code policy-topics}: ten policy topics with 30 subtopics.
	 *
	 * @throws CorpusException if there is no sample of that name
	 */
	public static Schema sample(String name) throws CorpusException {
		Path where = Path.of("codebooks", name + ".json");
		if (!SAMPLES.contains(name)) {
			throw new CorpusException(where, "is not a sample codebook (samples: " + String.join(", ", SAMPLES) + ")");
		}
		try (InputStream in = SchemaFiles.class.getResourceAsStream("/codebooks/" + name + ".json")) {
			if (in == null) {
				throw new CorpusException(where, "is missing from this installation");
			}
			return SchemaCodec.read(in.readAllBytes(), where);
		} catch (IOException e) {
			throw new CorpusException(where, "cannot read: " + e.getMessage(), e);
		}
	}

	/**
	 * A schema file, or the sample codebook of that name when {@code fileOrSample} is a sample's name and no such
	 * file exists.
	 */
	public static Schema readOrSample(Path fileOrSample) throws CorpusException {
		String name = fileOrSample.getFileName() == null ? "" : fileOrSample.getFileName().toString();
		if (!Files.exists(fileOrSample) && SAMPLES.contains(name)) {
			return sample(name);
		}
		return read(fileOrSample);
	}

	/** Writes a schema file atomically. */
	public static void write(Path file, Schema schema) throws CorpusException {
		try {
			AtomicFiles.write(file, SchemaCodec.write(schema));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write: " + CorpusException.reason(file, e), e);
		}
	}
}

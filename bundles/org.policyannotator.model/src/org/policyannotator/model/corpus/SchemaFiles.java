package org.policyannotator.model.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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

	/** Writes a schema file atomically. */
	public static void write(Path file, Schema schema) throws CorpusException {
		try {
			AtomicFiles.write(file, SchemaCodec.write(schema));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write: " + CorpusException.reason(file, e), e);
		}
	}
}

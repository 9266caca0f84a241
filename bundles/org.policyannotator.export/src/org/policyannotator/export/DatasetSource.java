package org.policyannotator.export;

import java.io.IOException;
import java.util.List;

import org.policyannotator.export.internal.CorpusSource;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.speakers.SpeakerPersons;

/**
 * Where writers take a dataset from, one document at a time, so that memory stays bounded however big the corpus.
 * {@link #of(Corpus, ExportOptions)} reads a corpus; tests and benchmarks may implement it over generated data.
 */
public interface DatasetSource {

	/** Name of the dataset (the corpus name). */
	String name();

	/** The tag set. */
	Schema schema();

	/** The options the export was asked with. */
	ExportOptions options();

	/** Ids of the documents to write, in the order they are written. */
	List<String> documentIds();

	/**
	 * Loads one document with its (filtered) annotations.
	 *
	 * @throws IOException if it cannot be read; the message names the file
	 */
	DocumentEntry load(String documentId) throws IOException;

	/**
	 * The speaker registry of the dataset: which speaker names are one person, so that every speaker and quote is
	 * exported with its person's id and name. None by default (each name is then a person of its own).
	 *
	 * @throws IOException if a set cannot be read; the message names the file
	 */
	default SpeakerPersons speakers() throws IOException {
		return new SpeakerPersons(List.of());
	}

	/**
	 * Whether the speaker registry is gathered from the documents as they are loaded rather than known up front: a
	 * corpus's is, so that each set is read once (its {@link #speakers()} are then none). False by default.
	 */
	default boolean speakersGatheredWhileWriting() {
		return false;
	}

	/** What was left out while loading so far (e.g. annotations whose quote no longer matches the text). */
	default List<String> warnings() {
		return List.of();
	}

	/**
	 * The documents and sets of a corpus, filtered by {@code options}.
	 *
	 * @throws ExportException if the options name a document, tag type or annotator the corpus does not have
	 */
	static DatasetSource of(Corpus corpus, ExportOptions options) throws IOException {
		return CorpusSource.open(corpus, options);
	}
}

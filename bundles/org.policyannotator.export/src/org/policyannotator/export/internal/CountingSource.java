package org.policyannotator.export.internal;

import java.io.IOException;
import java.util.List;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.speakers.SpeakerPersons;

/** Wraps a source and counts what the writer loaded from it. */
public final class CountingSource implements DatasetSource {
	private final DatasetSource source;
	private int documents;
	private long annotations;
	private long relations;

	/** Counts what is loaded from {@code source}. */
	public CountingSource(DatasetSource source) {
		this.source = source;
	}

	@Override
	public String name() {
		return source.name();
	}

	@Override
	public Schema schema() {
		return source.schema();
	}

	@Override
	public ExportOptions options() {
		return source.options();
	}

	@Override
	public List<String> documentIds() {
		return source.documentIds();
	}

	@Override
	public DocumentEntry load(String documentId) throws IOException {
		DocumentEntry entry = source.load(documentId);
		documents++;
		for (AnnotatorEntry set : entry.annotators()) {
			annotations += set.annotations().size();
			relations += set.relations().size();
		}
		return entry;
	}

	@Override
	public SpeakerPersons speakers() throws IOException {
		return source.speakers();
	}

	@Override
	public boolean speakersGatheredWhileWriting() {
		return source.speakersGatheredWhileWriting();
	}

	@Override
	public List<String> warnings() {
		return source.warnings();
	}

	/** Documents loaded. */
	public int documents() {
		return documents;
	}

	/** Annotations loaded. */
	public long annotations() {
		return annotations;
	}

	/** Relations loaded. */
	public long relations() {
		return relations;
	}
}

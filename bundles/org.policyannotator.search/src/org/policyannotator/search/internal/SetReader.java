package org.policyannotator.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.internal.io.SetCodec;
import org.policyannotator.model.speakers.QuoteSpeakers;

/** Reads an annotator's annotations of a document for a search (by a scan, or to index them). */
public final class SetReader {
	private final Corpus corpus;

	public SetReader(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * An annotator's annotations of a document as saved, none when there is no set. A set saved against the
	 * document's current text (as its file states the text's hash) is only parsed (what a search needs); any other
	 * goes through the corpus, which re-anchors its spans in the new text.
	 *
	 * @throws CorpusException if the set file cannot be read, naming it
	 */
	public List<Annotation> annotations(String annotator, String documentId, String documentSha256)
			throws CorpusException {
		return snapshot(annotator, documentId, documentSha256).annotations();
	}

	/**
	 * A search's view of an annotator's annotations of a document, each with the name of who speaks in it.
	 *
	 * @throws CorpusException if the set file cannot be read, naming it
	 */
	public List<IndexedAnnotation> indexed(String annotator, String documentId, String documentSha256)
			throws CorpusException {
		AnnotationSet.Snapshot set = snapshot(annotator, documentId, documentSha256);
		Map<String, String> speakers = QuoteSpeakers.of(set.annotations(), set.relations());
		List<IndexedAnnotation> indexed = new ArrayList<>(set.annotations().size());
		for (Annotation a : set.annotations()) {
			indexed.add(IndexedAnnotation.of(a, speakers.getOrDefault(a.id(), "")));
		}
		return indexed;
	}

	private AnnotationSet.Snapshot snapshot(String annotator, String documentId, String documentSha256)
			throws CorpusException {
		Path file = corpus.setFile(annotator, documentId);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return new AnnotationSet(annotator, documentId, documentSha256).snapshot();
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
		AnnotationSet set = SetCodec.read(bytes, file);
		if (set.documentSha256().equals(documentSha256) && set.annotator().equals(annotator)
				&& set.documentId().equals(documentId)) {
			return set.snapshot();
		}
		return corpus.loadSet(annotator, documentId).snapshot();
	}
}

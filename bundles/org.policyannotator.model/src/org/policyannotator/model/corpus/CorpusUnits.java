package org.policyannotator.model.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Finding;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.UnitsCodec;
import org.policyannotator.model.text.SentenceUnits;
import org.policyannotator.model.text.UnitEdits;

/**
 * The sentence units of a corpus's documents, shared by all annotators: the splitter's sentences, corrected by hand
 * in {@code units/<doc-id>.json} (written atomically; a document without corrections has no file).
 */
public final class CorpusUnits {
	/** Folder of the units files. */
	public static final String FOLDER = "units";

	private CorpusUnits() {
	}

	/** The file of a document's corrections. */
	public static Path file(Corpus corpus, String documentId) {
		return corpus.directory().resolve(FOLDER).resolve(DocumentIds.requireValid(documentId) + ".json");
	}

	/** The sentence units of a document. */
	public static SentenceUnits units(Corpus corpus, String documentId) throws CorpusException {
		Document document = corpus.loadDocument(documentId);
		return SentenceUnits.of(document.text(), edits(corpus, document));
	}

	/**
	 * The hand corrections of a document's units ({@link UnitEdits#NONE} without a file).
	 *
	 * @throws CorpusException if the file is malformed, belongs to another document or was made for another text
	 */
	public static UnitEdits edits(Corpus corpus, Document document) throws CorpusException {
		Path file = file(corpus, document.id());
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return UnitEdits.NONE;
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
		UnitsCodec.Content content = UnitsCodec.read(bytes, file, document.text().length());
		if (!content.documentId().equals(document.id())) {
			throw new CorpusException(file, "holds the units of document " + content.documentId() + ", not of "
					+ document.id());
		}
		if (!content.sha256().equals(document.sha256())) {
			throw new CorpusException(file, "the sentence units were corrected for another text of document "
					+ document.id() + " (sha256 differs); delete the file to use the automatic split");
		}
		return content.edits();
	}

	/**
	 * Saves the corrections of a document's units atomically (no corrections: the file is removed), after checking
	 * that they fit its text.
	 */
	public static void save(Corpus corpus, String documentId, UnitEdits edits) throws CorpusException {
		Document document = corpus.loadDocument(documentId);
		Path file = file(corpus, documentId);
		int length = document.text().length();
		if (edits.added().stream().anyMatch(o -> o > length) || edits.removed().stream().anyMatch(o -> o > length)) {
			throw new CorpusException(file, "not written: a boundary lies beyond the end of the text (" + length
					+ " characters)");
		}
		try {
			if (edits.isEmpty()) {
				Files.deleteIfExists(file);
				return;
			}
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, UnitsCodec.write(new UnitsCodec.Content(documentId, document.sha256(), edits)));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot save the sentence units: " + CorpusException.reason(file, e), e);
		}
	}

	/** Removes a document's corrections, if any (when the document is removed). */
	static void remove(Corpus corpus, String documentId) throws CorpusException {
		Path file = file(corpus, documentId);
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot remove the sentence units: " + CorpusException.reason(file, e), e);
		}
	}

	/** What is wrong with the units files of the documents that have one. */
	static void check(Corpus corpus, List<String> documents, List<Finding> findings) {
		for (String id : documents) {
			Path file = file(corpus, id);
			if (Files.exists(file)) {
				try {
					edits(corpus, corpus.loadDocument(id));
				} catch (CorpusException e) {
					String message = e.getMessage();
					String prefix = e.file() + ": ";
					findings.add(Finding.error(corpus.relative(file), "",
							message.startsWith(prefix) ? message.substring(prefix.length()) : message));
				}
			}
		}
	}
}

package org.policyannotator.export.importing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.DocumentDetails;

/**
 * What a file says about a document besides its id and text: kept for the documents an import creates, and the
 * document-level codes it gives.
 *
 * @param title     the title ("" if the file gives none: the first words of the text are used)
 * @param sourceUrl where the document came from ("" if unknown)
 * @param published the publication date if the file gives one
 * @param language  the language tag ("" if unknown)
 * @param details   byline, site name, page starts and variables
 * @param codes     the codes annotators gave the whole document, by annotator; annotators and codes named as the
 *                  file names them (a code's name is resolved like a tag type's), each list non-empty
 */
record RawDocument(String title, String sourceUrl, Optional<LocalDate> published, String language,
		DocumentDetails details, Map<String, List<String>> codes) {
	/** Nothing known. */
	static final RawDocument NONE = titled("");

	/** Copies the codes. */
	RawDocument {
		codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
	}

	/** A document without document-level codes. */
	RawDocument(String title, String sourceUrl, Optional<LocalDate> published, String language,
			DocumentDetails details) {
		this(title, sourceUrl, published, language, details, Map.of());
	}

	/** A document the file knows only by its title. */
	static RawDocument titled(String title) {
		return new RawDocument(title, "", Optional.empty(), "", DocumentDetails.NONE);
	}
}

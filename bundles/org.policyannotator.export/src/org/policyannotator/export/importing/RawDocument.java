package org.policyannotator.export.importing;

import java.time.LocalDate;
import java.util.Optional;

import org.policyannotator.model.DocumentDetails;

/**
 * What a file says about a document besides its id and text, kept for the documents an import creates.
 *
 * @param title     the title ("" if the file gives none: the first words of the text are used)
 * @param sourceUrl where the document came from ("" if unknown)
 * @param published the publication date if the file gives one
 * @param language  the language tag ("" if unknown)
 * @param details   byline, site name, page starts and variables
 */
record RawDocument(String title, String sourceUrl, Optional<LocalDate> published, String language,
		DocumentDetails details) {
	/** Nothing known. */
	static final RawDocument NONE = titled("");

	/** A document the file knows only by its title. */
	static RawDocument titled(String title) {
		return new RawDocument(title, "", Optional.empty(), "", DocumentDetails.NONE);
	}
}

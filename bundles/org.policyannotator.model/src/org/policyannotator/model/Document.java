package org.policyannotator.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One document of a corpus: its text exactly as imported (line ends are kept as they were) plus metadata. Immutable.
 *
 * @param id          stable, file-name-safe id (see {@link DocumentIds})
 * @param title       title shown to analysts (may be empty)
 * @param sourceUrl   where the text came from (empty if unknown)
 * @param published   publication date, if known
 * @param language    BCP 47 language tag, e.g. {@code "en"} (empty if unknown)
 * @param text        the full text; annotation offsets are UTF-16 indices into it
 * @param sha256      lower-case hex SHA-256 of the UTF-8 bytes of {@code text}
 * @param provenance  how the document was imported
 */
public record Document(String id, String title, String sourceUrl, Optional<LocalDate> published, String language,
		String text, String sha256, Provenance provenance) {

	/** Checks the id and that no component is null; does not recompute the hash (see {@link #hashMatches()}). */
	public Document {
		DocumentIds.requireValid(id);
		Strings.requireNonNull(title, "title");
		Strings.requireNonNull(sourceUrl, "sourceUrl");
		Strings.requireNonNull(language, "language");
		Strings.requireNonNull(text, "text");
		Strings.requireNonNull(sha256, "sha256");
		if (published == null || provenance == null) {
			throw new IllegalArgumentException("published and provenance must not be null");
		}
	}

	/** Makes a document, computing {@link #sha256()} from the text. */
	public static Document of(String id, String title, String sourceUrl, Optional<LocalDate> published,
			String language, String text, Provenance provenance) {
		return new Document(id, title, sourceUrl, published, language, text, sha256Of(text), provenance);
	}

	/** Makes a document with only an id, a title and a text. */
	public static Document of(String id, String title, String text) {
		return of(id, title, "", Optional.empty(), "", text, Provenance.manual());
	}

	/** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
	public static String sha256Of(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** Whether the stored hash is the hash of the text. */
	public boolean hashMatches() {
		return sha256.equals(sha256Of(text));
	}

	/** A copy with another text (and its hash), e.g. after a re-import. */
	public Document withText(String newText) {
		return new Document(id, title, sourceUrl, published, language, newText, sha256Of(newText), provenance);
	}

	@Override
	public String toString() {
		return "Document[" + id + ", " + text.length() + " chars]";
	}
}

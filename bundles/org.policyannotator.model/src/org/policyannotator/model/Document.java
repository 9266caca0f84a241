package org.policyannotator.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
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
 * @param details     byline, site name and, for a paged source such as a PDF, where each page starts
 */
public record Document(String id, String title, String sourceUrl, Optional<LocalDate> published, String language,
		String text, String sha256, Provenance provenance, DocumentDetails details) {

	/**
	 * Checks the id, that no component is null and that the page starts lie in the text; does not recompute the hash
	 * (see {@link #hashMatches()}).
	 */
	public Document {
		DocumentIds.requireValid(id);
		Strings.requireNonNull(title, "title");
		Strings.requireNonNull(sourceUrl, "sourceUrl");
		Strings.requireNonNull(language, "language");
		Strings.requireNonNull(text, "text");
		Strings.requireNonNull(sha256, "sha256");
		if (published == null || provenance == null || details == null) {
			throw new IllegalArgumentException("published, provenance and details must not be null");
		}
		List<Integer> pages = details.pageStarts();
		if (!pages.isEmpty() && pages.get(pages.size() - 1) > text.length()) {
			throw new IllegalArgumentException("page " + pages.size() + " starts at " + pages.get(pages.size() - 1)
					+ ", after the end of the text (" + text.length() + ")");
		}
	}

	/** A document without details (byline, site name, pages). */
	public Document(String id, String title, String sourceUrl, Optional<LocalDate> published, String language,
			String text, String sha256, Provenance provenance) {
		this(id, title, sourceUrl, published, language, text, sha256, provenance, DocumentDetails.NONE);
	}

	/** Makes a document, computing {@link #sha256()} from the text. */
	public static Document of(String id, String title, String sourceUrl, Optional<LocalDate> published,
			String language, String text, Provenance provenance) {
		return new Document(id, title, sourceUrl, published, language, text, sha256Of(text), provenance);
	}

	/** Makes a document with details, computing {@link #sha256()} from the text. */
	public static Document of(String id, String title, String sourceUrl, Optional<LocalDate> published,
			String language, String text, Provenance provenance, DocumentDetails details) {
		return new Document(id, title, sourceUrl, published, language, text, sha256Of(text), provenance, details);
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

	/** A copy with another text (and its hash), e.g. after a re-import; page starts of the old text are dropped. */
	public Document withText(String newText) {
		return new Document(id, title, sourceUrl, published, language, newText, sha256Of(newText), provenance,
				details.withoutPages());
	}

	/** A copy with variables set (an empty value removes one), see {@link DocumentDetails#withVariables}. */
	public Document withVariables(java.util.Map<String, String> changes) {
		return new Document(id, title, sourceUrl, published, language, text, sha256, provenance,
				details.withVariables(changes));
	}

	/** The document's variables by name (see {@link DocumentDetails#variables()}). */
	public java.util.SortedMap<String, String> variables() {
		return details.variables();
	}

	/** A copy with another title. */
	public Document withTitle(String newTitle) {
		return new Document(id, newTitle, sourceUrl, published, language, text, sha256, provenance, details);
	}

	/** Whether the text comes from a paged source (it knows where pages start). */
	public boolean hasPages() {
		return !details.pageStarts().isEmpty();
	}

	/**
	 * The page (1 for the first) that the UTF-16 offset lies on, or 0 when the document has no pages. An offset at a
	 * page start lies on that page; of pages without text that start at the same offset, the last one counts.
	 */
	public int pageAt(int offset) {
		List<Integer> starts = details.pageStarts();
		int low = 0;
		int high = starts.size() - 1;
		int page = 0;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (starts.get(mid) <= offset) {
				page = mid + 1;
				low = mid + 1;
			} else {
				high = mid - 1;
			}
		}
		return starts.isEmpty() ? 0 : Math.max(page, 1);
	}

	@Override
	public String toString() {
		return "Document[" + id + ", " + text.length() + " chars]";
	}
}

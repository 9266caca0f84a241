package org.policyannotator.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.policyannotator.importer.internal.CharsetDetector;
import org.policyannotator.importer.internal.DecodedText;
import org.policyannotator.importer.internal.Extraction;
import org.policyannotator.importer.internal.FormatGuesser;
import org.policyannotator.importer.internal.HtmlExtractor;
import org.policyannotator.importer.internal.InputInspector;
import org.policyannotator.importer.internal.MarkdownExtractor;
import org.policyannotator.importer.internal.MetaCharsetSniffer;
import org.policyannotator.importer.internal.PlainTextExtractor;
import org.policyannotator.importer.internal.Sha256;
import org.policyannotator.importer.internal.pdf.PdfExtractor;

/**
 * Imports one article from a saved HTML page, a plain text or a Markdown file, or a PDF (see below): decodes the bytes (detecting the
 * encoding), extracts the clean article text and the metadata, and records how. Thread-safe and stateless; nothing
 * is fetched from the network and no script runs.
 *
 * <pre>{@code
 * ImportResult r = new ArticleImporter().importFile(Path.of("page.html"));
 * r.text(); r.metadata().title(); r.provenance().extractionRule();
 * }</pre>
 *
 * A PDF (recognised by its {@code %PDF-} header, whatever its name) is read by its text layer: lines in reading
 * order, running headers, footers and page numbers removed, hyphenated words joined, paragraphs rebuilt, footnotes
 * after the body ({@link BlockKind#FOOTNOTE}); {@link ImportResult#pageStarts()} tells where each page starts.
 *
 * For many files, see {@link BatchImporter}.
 */
public final class ArticleImporter {
	private final ImportOptions options;

	/** An importer with {@link ImportOptions#defaults()}. */
	public ArticleImporter() {
		this(ImportOptions.defaults());
	}

	/** An importer with the given options. */
	public ArticleImporter(ImportOptions options) {
		this.options = Objects.requireNonNull(options, "options");
	}

	/** The options this importer uses. */
	public ImportOptions options() {
		return options;
	}

	/**
	 * Imports a file.
	 *
	 * @throws ImportException when the file cannot be read, is empty, too large, binary, undecodable or has no text;
	 *                         the message names the file and the problem
	 */
	public ImportResult importFile(Path file) throws ImportException {
		String source = file.toString();
		byte[] bytes;
		try {
			if (Files.isDirectory(file)) {
				throw new ImportException(source, ImportProblem.UNREADABLE, "this is a directory, not a file");
			}
			long size = Files.size(file);
			if (size > options.maxBytes()) {
				throw tooLarge(source, size);
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ImportException(source, ImportProblem.UNREADABLE, "no such file", e);
		} catch (IOException e) {
			throw new ImportException(source, ImportProblem.UNREADABLE, "cannot be read: " + e.getMessage(), e);
		} catch (OutOfMemoryError e) {
			throw new ImportException(source, ImportProblem.TOO_LARGE, "not enough memory to read the file", null);
		}
		return importBytes(bytes, source);
	}

	/**
	 * Imports the content of a file that is already in memory.
	 *
	 * @param bytes  the file's bytes, exactly as saved
	 * @param source the file name or path: names the file in messages and provenance and, by its extension, tells
	 *               the format when the options do not
	 */
	public ImportResult importBytes(byte[] bytes, String source) throws ImportException {
		if (bytes.length > options.maxBytes()) {
			throw tooLarge(source, bytes.length);
		}
		if (PdfExtractor.isPdf(bytes) && options.format().orElse(SourceFormat.PDF) == SourceFormat.PDF) {
			return importPdf(bytes, source);
		}
		Optional<Charset> utf16 = InputInspector.requireText(bytes, source);
		SourceFormat format = options.format().orElseGet(() -> FormatGuesser.guess(source, bytes));
		Optional<Charset> encoding = options.encoding().or(() -> utf16);
		DecodedText decoded;
		if (format == SourceFormat.HTML) {
			decoded = CharsetDetector.decode(bytes, encoding, MetaCharsetSniffer.declaredCharset(bytes),
					MetaCharsetSniffer.declaredLanguage(bytes));
		} else {
			decoded = CharsetDetector.decode(bytes, encoding, Optional.empty(), Optional.empty());
		}
		if (decoded.text().isBlank()) {
			throw new ImportException(source, ImportProblem.EMPTY, "the file contains only white space");
		}
		List<String> warnings = new ArrayList<>(decoded.warnings());
		if (tooManyReplacements(decoded.text())) {
			throw new ImportException(source, ImportProblem.UNDECODABLE, "the file cannot be decoded as "
					+ decoded.charset() + (options.encoding().isPresent() ? "; check --encoding" : "")
					+ " (too many invalid byte sequences)");
		}
		Extraction extraction = switch (format) {
			case HTML -> HtmlExtractor.extract(decoded.text());
			case MARKDOWN -> MarkdownExtractor.extract(decoded.text(), source);
			case PLAIN_TEXT -> PlainTextExtractor.extract(decoded.text(), source);
			case PDF -> throw new ImportException(source, ImportProblem.BINARY, "the file is not a PDF (no %PDF- header)");
		};
		if (extraction.text().isBlank()) {
			throw new ImportException(source, ImportProblem.NO_TEXT, format == SourceFormat.HTML
					? "no article text found in the page (it may be truncated, empty or rendered by scripts only)"
					: "the file contains no text");
		}
		if (format == SourceFormat.HTML && looksTruncated(decoded.text())) {
			warnings.add("the page has no closing </html> tag; it may be truncated");
		}
		Provenance provenance = new Provenance(source, format, decoded.charset(), decoded.charsetSource(),
				extraction.extractionRule(), warnings);
		return new ImportResult(extraction.text(), extraction.blocks(), extraction.metadata(), provenance,
				Sha256.of(extraction.text()), List.of());
	}

	private static ImportResult importPdf(byte[] bytes, String source) throws ImportException {
		PdfExtractor.Result pdf = PdfExtractor.extract(bytes, source);
		Extraction extraction = pdf.extraction();
		Provenance provenance = new Provenance(source, SourceFormat.PDF, "binary", "pdf", extraction.extractionRule(),
				pdf.warnings());
		return new ImportResult(extraction.text(), extraction.blocks(), extraction.metadata(), provenance,
				Sha256.of(extraction.text()), pdf.pageStarts());
	}

	private ImportException tooLarge(String source, long size) {
		return new ImportException(source, ImportProblem.TOO_LARGE, "the file is too large ("
				+ megabytes(size) + "); the limit is " + megabytes(options.maxBytes()));
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static boolean tooManyReplacements(String text) {
		int n = Math.min(text.length(), 100_000);
		int first = text.indexOf('\uFFFD');
		if (first < 0 || first >= n) {
			return false; // most pages: one vectorised search instead of a look at every character
		}
		int bad = 0;
		for (int i = first; i < n; i++) {
			if (text.charAt(i) == '\uFFFD') {
				bad++;
			}
		}
		return bad > 32 && bad * 10 > n;
	}

	private static boolean looksTruncated(String html) {
		int from = Math.max(0, html.length() - 2048);
		return !html.substring(from).toLowerCase(Locale.ROOT).contains("</html");
	}
}

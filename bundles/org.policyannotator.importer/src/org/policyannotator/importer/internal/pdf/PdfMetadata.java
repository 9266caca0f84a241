package org.policyannotator.importer.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.policyannotator.importer.ArticleMetadata;

/**
 * Title, author and date of a PDF: from its document information, else from its XMP metadata. Values that word
 * processors fill in by themselves say nothing and are passed over: a title that is a file name ("Microsoft Word -
 * PB07_final.docx", "untitled"), an author that is an account ("Administrator", "Windows User").
 */
final class PdfMetadata {
	private static final Pattern XMP_TITLE = Pattern.compile("(?s)<dc:title>.*?<rdf:li[^>]*>([^<]+)</rdf:li>");
	private static final Pattern XMP_CREATOR = Pattern.compile("(?s)<dc:creator>.*?<rdf:li[^>]*>([^<]+)</rdf:li>");
	private static final Pattern XMP_DATE = Pattern.compile(
			"xmp:CreateDate(?:=\"|>)(\\d{4}-\\d{2}-\\d{2})");

	private static final Pattern ACCOUNT = Pattern.compile(
			"(?i)(administrator|admin|user|owner|author|windows user|microsoft office user|unknown|default|pc|guest)");

	private PdfMetadata() {
	}

	static ArticleMetadata of(PDDocument document) {
		PDDocumentInformation info = document.getDocumentInformation();
		String xmp = xmp(document);
		Optional<String> title = clean(info.getTitle()).or(() -> find(XMP_TITLE, xmp));
		Optional<String> author = clean(info.getAuthor()).filter(PdfMetadata::isPerson)
				.or(() -> find(XMP_CREATOR, xmp).filter(PdfMetadata::isPerson));
		Optional<String> date = date(info.getCreationDate()).or(() -> find(XMP_DATE, xmp));
		return new ArticleMetadata(title, author, date, Optional.empty(), Optional.empty(), Optional.empty());
	}

	private static Optional<String> clean(String value) {
		if (value == null || value.isBlank() || value.strip().matches("(?i)untitled|microsoft word - .*|.*\\.(docx?|pdf)")) {
			return Optional.empty();
		}
		return Optional.of(value.strip().replaceAll("\\s+", " "));
	}

	private static boolean isPerson(String author) {
		return !ACCOUNT.matcher(author).matches();
	}

	private static Optional<String> date(Calendar calendar) {
		if (calendar == null) {
			return Optional.empty();
		}
		return Optional.of(String.format(Locale.ROOT, "%04d-%02d-%02d", calendar.get(Calendar.YEAR),
				calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH)));
	}

	private static Optional<String> find(Pattern pattern, String xmp) {
		Matcher m = pattern.matcher(xmp);
		return m.find() ? clean(m.group(1)) : Optional.empty();
	}

	private static String xmp(PDDocument document) {
		PDMetadata metadata = document.getDocumentCatalog().getMetadata();
		if (metadata == null) {
			return "";
		}
		try (InputStream in = metadata.exportXMPMetadata()) {
			return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}

package org.policyannotator.importer.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policyannotator.importer.SourceFormat;

/** Chooses the format of a file: by extension, else by looking for HTML tags at its start. */
public final class FormatGuesser {
	private static final Pattern HTML_START = Pattern.compile(
			"(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<meta|<title)");

	private FormatGuesser() {
	}

	/** The format known from the file name's extension, if it is one we read. */
	public static Optional<SourceFormat> byExtension(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		String ext = dot < 0 ? "" : name.substring(dot + 1);
		return switch (ext) {
			case "html", "htm", "xhtml", "shtml", "xht", "mhtml" -> Optional.of(SourceFormat.HTML);
			case "txt", "text" -> Optional.of(SourceFormat.PLAIN_TEXT);
			case "md", "markdown", "mdown", "mkd" -> Optional.of(SourceFormat.MARKDOWN);
			default -> Optional.empty();
		};
	}

	/**
	 * The format of a file. The extension decides, except that a ".txt" file that starts like an HTML page is read
	 * as HTML and a ".html" file without a single tag is read as plain text (both happen with "Save as"). Without
	 * a known extension: HTML when it starts like a page, else plain text.
	 */
	public static SourceFormat guess(String fileName, byte[] bytes) {
		Optional<SourceFormat> byName = byExtension(fileName);
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
				.replace("\u0000", "").replaceFirst("^\u00EF\u00BB\u00BF", "");
		boolean looksLikeHtml = HTML_START.matcher(head).find();
		if (byName.isEmpty()) {
			return looksLikeHtml ? SourceFormat.HTML : SourceFormat.PLAIN_TEXT;
		}
		if (byName.get() == SourceFormat.PLAIN_TEXT && looksLikeHtml) {
			return SourceFormat.HTML;
		}
		if (byName.get() == SourceFormat.HTML && !looksLikeHtml && !containsTag(bytes)) {
			return SourceFormat.PLAIN_TEXT;
		}
		return byName.get();
	}

	private static boolean containsTag(byte[] bytes) {
		int n = Math.min(bytes.length, 64 * 1024);
		for (int i = 0; i + 1 < n; i++) {
			if (bytes[i] == '<' && (Character.isLetter(bytes[i + 1]) || bytes[i + 1] == '/' || bytes[i + 1] == '!')) {
				return true;
			}
		}
		return false;
	}
}

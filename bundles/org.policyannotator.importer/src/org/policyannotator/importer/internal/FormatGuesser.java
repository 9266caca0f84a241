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
			case "pdf" -> Optional.of(SourceFormat.PDF);
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
		String head = head(bytes, 4096);
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
		String text = head(bytes, 64 * 1024);
		for (int i = 0; i + 1 < text.length(); i++) {
			char next = text.charAt(i + 1);
			if (text.charAt(i) == '<' && (Character.isLetter(next) || next == '/' || next == '!')) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The start of the file as characters, enough to recognise markup: decoded as UTF-16 after a UTF-16 byte order
	 * mark (a page saved as "Unicode" on Windows), else byte by byte with NULs dropped (UTF-16 without a mark) and a
	 * UTF-8 byte order mark skipped.
	 */
	private static String head(byte[] bytes, int limit) {
		int n = Math.min(bytes.length, limit);
		if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16LE);
		}
		if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16BE);
		}
		return new String(bytes, 0, n, StandardCharsets.ISO_8859_1).replace("\u0000", "")
				.replaceFirst("^\u00EF\u00BB\u00BF", "");
	}
}

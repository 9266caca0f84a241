package org.policyannotator.importer.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a page says about its own encoding and language from its first bytes, before it is decoded:
 * {@code <meta charset>}, {@code <meta http-equiv="Content-Type" content="...; charset=...">}, the XML declaration
 * and {@code <html lang>}.
 */
public final class MetaCharsetSniffer {
	private static final int PRESCAN = 32 * 1024;
	private static final Pattern META = Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern XML = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)");
	private static final Pattern LANG = Pattern.compile("<html\\b[^>]*?\\s(?:xml:)?lang\\s*=\\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private MetaCharsetSniffer() {
	}

	/** The declared charset label, if any. */
	public static Optional<String> declaredCharset(byte[] bytes) {
		String head = head(bytes);
		Matcher xml = XML.matcher(head);
		if (xml.find()) {
			return Optional.of(xml.group(1));
		}
		Matcher meta = META.matcher(head);
		return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
	}

	/** The language of {@code <html lang>}, if any. */
	public static Optional<String> declaredLanguage(byte[] bytes) {
		Matcher lang = LANG.matcher(head(bytes));
		return lang.find() ? Optional.of(lang.group(1)) : Optional.empty();
	}

	private static String head(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
		return COMMENT.matcher(head).replaceAll(" ");
	}
}

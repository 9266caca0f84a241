package org.policyannotator.importer.internal;

import java.util.Optional;

import org.policyannotator.importer.ArticleMetadata;

/**
 * Plain text: line ends become {@code \n}, control characters and trailing spaces go, runs of blank lines shrink
 * to one; the line structure is otherwise kept as it is (one paragraph per line stays one per line). The title is
 * the first non-empty line when it is short enough to be a headline, else the file name.
 */
public final class PlainTextExtractor {
	/** A first line longer than this is a paragraph, not a title. */
	static final int MAX_TITLE_LENGTH = 150;

	private PlainTextExtractor() {
	}

	/** Extracts a plain text file's text and title. */
	public static Extraction extract(String decoded, String fileName) {
		String text = clean(decoded);
		return Extraction.of(TextJoiner.splitPlain(text), ArticleMetadata.EMPTY.withTitle(title(text, fileName)),
				"plain-text");
	}

	/** Normalised text: {@code \n} line ends, no trailing spaces, at most one blank line in a row, trimmed. */
	static String clean(String decoded) {
		String t = TextNormalizer.normalizeLineEnds(decoded).replace("\uFEFF", "");
		StringBuilder sb = new StringBuilder(t.length());
		int blank = 0;
		for (String line : t.split("\n", -1)) {
			String l = line.stripTrailing();
			if (l.isBlank()) {
				blank++;
				continue;
			}
			if (!sb.isEmpty()) {
				sb.append(blank > 0 ? "\n\n" : "\n");
			}
			blank = 0;
			sb.append(l);
		}
		return sb.toString();
	}

	/** The first non-empty line if it is short enough, else the file name without extension. */
	static Optional<String> title(String text, String fileName) {
		for (String line : text.split("\n")) {
			String l = TextNormalizer.collapse(line);
			if (l.isEmpty()) {
				continue;
			}
			if (l.length() <= MAX_TITLE_LENGTH) {
				return Optional.of(l);
			}
			break;
		}
		String name = fileName;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		return name.isBlank() ? Optional.empty() : Optional.of(name);
	}
}

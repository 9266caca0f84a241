package org.policyannotator.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Document ids (and annotator names): short, stable and safe as a file name on every operating system.
 * Allowed: ASCII letters, digits, {@code . _ -}; must start with a letter or digit; at most {@value #MAX_LENGTH}
 * characters; must not be a reserved Windows device name.
 */
public final class DocumentIds {
	/** Longest id allowed. */
	public static final int MAX_LENGTH = 100;
	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
	private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_SAFE = Pattern.compile("[^a-z0-9._-]+");
	private static final Pattern DASHES = Pattern.compile("-{2,}");

	private DocumentIds() {
	}

	/** Whether {@code id} may be used as a document id or annotator name. */
	public static boolean isValid(String id) {
		return id != null && VALID.matcher(id).matches() && !id.endsWith(".") && !RESERVED.matcher(id).matches();
	}

	/** Returns {@code id} or throws an {@link IllegalArgumentException} saying what is wrong with it. */
	public static String requireValid(String id) {
		if (!isValid(id)) {
			throw new IllegalArgumentException("\"" + id + "\" is not a valid id: use 1-" + MAX_LENGTH
					+ " ASCII letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		return id;
	}

	/** An id from a file name: the name without directory and extension, made safe (see {@link #fromTitle}). */
	public static String fromFileName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		return fromTitle(name);
	}

	/**
	 * An id from free text: accents removed, letters without a decomposition written as Latin letters ({@code ß} as
 * {@code ss}, {@code æ} as {@code ae}, {@code ø} as {@code o}, {@code ł} as {@code l}), lower case, runs of other
 * characters replaced by {@code -}, cut to 60
	 * characters. Text with no Latin letters or digits (e.g. Korean or Chinese) gives {@code doc-} plus a short hash of
	 * the text, so the same title always gives the same id.
	 */
	public static String fromTitle(String title) {
		String ascii = MARKS.matcher(Normalizer.normalize(latinLetters(title), Normalizer.Form.NFKD)).replaceAll("");
		String id = NOT_SAFE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		id = DASHES.matcher(id).replaceAll("-");
		id = trim(id);
		if (id.length() > 60) {
			id = trim(id.substring(0, 60));
		}
		if (id.isEmpty() || !isValid(id)) {
			String hash = Document.sha256Of(title).substring(0, 12);
			id = id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0)) ? "doc-" + hash : id + "-" + hash;
		}
		return id;
	}

	/** {@code base}, or {@code base-2}, {@code base-3}, ... whichever is not in {@code taken}. */
	public static String unique(String base, Collection<String> taken) {
		requireValid(base);
		if (!taken.contains(base)) {
			return base;
		}
		for (int n = 2;; n++) {
			String candidate = base + "-" + n;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	/** Letters that accent removal does not reach, in their usual Latin spelling. */
	private static String latinLetters(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			String latin = switch (s.charAt(i)) {
				case 'ß' -> "ss";
				case 'ẞ' -> "SS";
				case 'æ' -> "ae";
				case 'Æ' -> "AE";
				case 'œ' -> "oe";
				case 'Œ' -> "OE";
				case 'ø' -> "o";
				case 'Ø' -> "O";
				case 'ł' -> "l";
				case 'Ł' -> "L";
				case 'đ', 'ð' -> "d";
				case 'Đ', 'Ð' -> "D";
				case 'þ' -> "th";
				case 'Þ' -> "TH";
				case 'ı' -> "i";
				default -> null;
			};
			if (latin != null && sb == null) {
				sb = new StringBuilder(s.substring(0, i));
			}
			if (sb != null) {
				sb.append(latin != null ? latin : String.valueOf(s.charAt(i)));
			}
		}
		return sb == null ? s : sb.toString();
	}

	private static String trim(String id) {
		int from = 0;
		int to = id.length();
		while (from < to && "._-".indexOf(id.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && "._-".indexOf(id.charAt(to - 1)) >= 0) {
			to--;
		}
		return id.substring(from, to);
	}
}

package org.policyannotator.export.importing;

import java.text.Normalizer;
import java.util.Locale;

import org.policyannotator.model.DocumentIds;

/** Annotator names for the user names other tools write (full names, e-mail addresses). */
final class AnnotatorNames {
	private AnnotatorNames() {
	}

	/**
	 * An annotator name for a user's name: {@code Friedrich Markgraf} gives {@code friedrich.markgraf},
	 * {@code anna.kim@example.org} gives {@code anna.kim.example.org}; a valid name stays as it is.
	 */
	static String of(String user) {
		if (DocumentIds.isValid(user)) {
			return user;
		}
		String plain = Normalizer.normalize(user, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		StringBuilder b = new StringBuilder();
		for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
				b.append(c);
			} else if (b.length() > 0 && b.charAt(b.length() - 1) != '.') {
				b.append('.');
			}
		}
		String name = b.toString().replaceAll("^\\.+|\\.+$", "");
		return DocumentIds.isValid(name) ? name : "user-" + Integer.toHexString(user.hashCode());
	}
}

package org.policyannotator.export.refi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids for codes that come from another tool, made from their names: {@code "Foreign Policy / Trade"} becomes
 * {@code foreign-policy-trade}; names without Latin letters get {@code code-} and a piece of their guid. */
final class CodeIds {
	private static final int MAX = 56;

	private CodeIds() {
	}

	/** A valid id not in {@code taken} (which it is added to). */
	static String fresh(String name, String guid, Set<String> taken) {
		String base = slug(name);
		if (base.isEmpty()) {
			base = "code-" + guid.replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
		}
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		taken.add(id);
		return id;
	}

	static String slug(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < plain.length() && b.length() < MAX; i++) {
			char c = Character.toLowerCase(plain.charAt(i));
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				b.append(c);
			} else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
				b.append('-');
			}
		}
		while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
			b.setLength(b.length() - 1);
		}
		if (b.length() > 0 && !Character.isLetter(b.charAt(0))) {
			b.insert(0, "c-");
		}
		return b.toString();
	}
}

package org.policyannotator.model.schema;

import java.util.Locale;
import java.util.Optional;

/** What values an attribute takes. */
public enum AttributeKind {
	/** One of a fixed list of words. */
	ENUM,
	/** Free text. */
	STRING,
	/** A decimal number. */
	NUMBER,
	/** Yes or no. */
	BOOLEAN,
	/** A calendar date. */
	DATE,
	/** Another annotation of the same set, of one of the allowed target types. */
	REFERENCE;

	/** The word used in {@code schema.json}, e.g. {@code number}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind for a {@code schema.json} word. */
	public static Optional<AttributeKind> fromKey(String key) {
		for (AttributeKind kind : values()) {
			if (kind.key().equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}

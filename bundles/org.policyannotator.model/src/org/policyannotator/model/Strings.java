package org.policyannotator.model;

/** Small argument checks shared by the model records. */
final class Strings {
	private Strings() {
	}

	static String requireNonNull(String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null (use \"\" for none)");
		}
		return value;
	}

	static String requireNonBlank(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return value;
	}
}

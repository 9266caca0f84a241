package org.policyannotator.ui.widgets;

import java.util.Locale;

/** A number with its noun, in the singular for one: "1 relation", "2,048 annotations". */
public final class Counts {
	private Counts() {
	}

	/** {@code n} and {@code noun}, with an "s" unless {@code n} is 1. */
	public static String of(long n, String noun) {
		return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
	}
}

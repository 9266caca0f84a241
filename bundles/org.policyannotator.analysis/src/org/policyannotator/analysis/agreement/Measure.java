package org.policyannotator.analysis.agreement;

import java.util.Optional;

/** The agreement coefficients of this package, with their command-line ids. */
public enum Measure {
	PERCENT("percent", "percentage agreement"),
	COHEN_KAPPA("cohen-kappa", "Cohen's kappa"),
	SCOTT_PI("scott-pi", "Scott's pi"),
	FLEISS_KAPPA("fleiss-kappa", "Fleiss' kappa"),
	KRIPPENDORFF_ALPHA("krippendorff-alpha", "Krippendorff's alpha");

	private final String id;
	private final String displayName;

	Measure(String id, String displayName) {
		this.id = id;
		this.displayName = displayName;
	}

	/** The id used on the command line and in JSON, e.g. {@code cohen-kappa}. */
	public String id() {
		return id;
	}

	/** A name for people, e.g. {@code Cohen's kappa}. */
	public String displayName() {
		return displayName;
	}

	/** Whether the coefficient depends on a {@link Level} other than nominal (only Krippendorff's alpha). */
	public boolean supportsLevels() {
		return this == KRIPPENDORFF_ALPHA;
	}

	/** The measure with the given {@link #id()}, if any. */
	public static Optional<Measure> fromId(String id) {
		for (Measure measure : values()) {
			if (measure.id.equals(id)) {
				return Optional.of(measure);
			}
		}
		return Optional.empty();
	}
}

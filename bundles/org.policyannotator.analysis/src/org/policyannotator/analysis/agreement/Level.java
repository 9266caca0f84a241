package org.policyannotator.analysis.agreement;

import java.util.Locale;
import java.util.Optional;

/** Level of measurement of coded values; decides the difference function of Krippendorff's alpha. */
public enum Level {
	/** Values are labels: two values either agree or not. */
	NOMINAL,
	/** Values are ranks, ordered numerically; differences depend on how many values lie between them. */
	ORDINAL,
	/** Values are numbers; difference = squared distance. */
	INTERVAL,
	/** Values are non-negative numbers with a meaningful zero; difference = squared relative distance. */
	RATIO;

	/** The lower-case name used on the command line and in JSON, e.g. {@code interval}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether values at this level must be numbers. */
	public boolean isNumeric() {
		return this != NOMINAL;
	}

	/** The level with the given {@link #id()}, if any. */
	public static Optional<Level> fromId(String id) {
		for (Level level : values()) {
			if (level.id().equals(id)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}
}

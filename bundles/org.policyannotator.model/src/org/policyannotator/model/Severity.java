package org.policyannotator.model;

/** How bad a {@link Finding} is. */
public enum Severity {
	/** The data is wrong or unusable as it stands. */
	ERROR,
	/** The data is usable but probably not what the analyst meant. */
	WARNING
}

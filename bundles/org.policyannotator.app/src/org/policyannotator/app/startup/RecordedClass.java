package org.policyannotator.app.startup;

/**
 * A class that an earlier start of the workbench loaded, and where it came from: the location of its bundle
 * ({@code file:...}) or the Java runtime ({@code jrt:/...} or its class-data archive).
 */
record RecordedClass(String name, String source) {

	/** Whether the Java runtime itself holds the class. */
	boolean fromRuntime() {
		return source.startsWith("jrt:/") || source.equals("shared objects file");
	}
}

package org.policyannotator.export.refi;

import java.util.ArrayList;
import java.util.List;

/** A {@code <Code>} as read from a REFI-QDA file, before it becomes a tag type. */
final class RawCode {
	final String guid;
	final String name;
	final boolean codable;
	final String colour;
	final int line;
	String description = "";
	final List<RawCode> children = new ArrayList<>();

	RawCode(String guid, String name, boolean codable, String colour, int line) {
		this.guid = guid;
		this.name = name;
		this.codable = codable;
		this.colour = colour;
		this.line = line;
	}
}

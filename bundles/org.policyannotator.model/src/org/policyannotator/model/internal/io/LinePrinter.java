package org.policyannotator.model.internal.io;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * Layout of annotation set files, made for small version-control diffs: top-level fields one per line, and every
 * element of a top-level array (one annotation, one relation) on a line of its own. Stateful: one per file.
 */
final class LinePrinter implements PrettyPrinter {
	private int depth;

	@Override
	public void writeRootValueSeparator(JsonGenerator g) throws IOException {
		g.writeRaw('\n');
	}

	@Override
	public void writeStartObject(JsonGenerator g) throws IOException {
		g.writeRaw('{');
		depth++;
	}

	@Override
	public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
		depth--;
		if (depth == 0 && nrOfEntries > 0) {
			g.writeRaw("\n}");
		} else {
			g.writeRaw('}');
		}
	}

	@Override
	public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
		g.writeRaw(depth == 1 ? ",\n\t" : ",");
	}

	@Override
	public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
		g.writeRaw(depth == 1 ? ": " : ":");
	}

	@Override
	public void writeStartArray(JsonGenerator g) throws IOException {
		g.writeRaw('[');
		depth++;
	}

	@Override
	public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
		depth--;
		if (depth == 1 && nrOfValues > 0) {
			g.writeRaw("\n\t]");
		} else {
			g.writeRaw(']');
		}
	}

	@Override
	public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
		g.writeRaw(depth == 2 ? ",\n\t\t" : ",");
	}

	@Override
	public void beforeArrayValues(JsonGenerator g) throws IOException {
		if (depth == 2) {
			g.writeRaw("\n\t\t");
		}
	}

	@Override
	public void beforeObjectEntries(JsonGenerator g) throws IOException {
		if (depth == 1) {
			g.writeRaw("\n\t");
		}
	}
}

package org.policyannotator.model.internal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** Writes small corpus files with a fixed layout (tab indentation, LF line ends). */
final class Pretty {
	/** Writes one JSON value. */
	interface Body {
		void write(JsonGenerator g) throws IOException;
	}

	private Pretty() {
	}

	static byte[] write(Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
		DefaultIndenter indenter = new DefaultIndenter("\t", "\n");
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
				.withArrayIndenter(indenter);
		try (JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(printer);
			body.write(g);
			g.writeRaw('\n');
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory cannot fail", e);
		}
		return out.toByteArray();
	}
}

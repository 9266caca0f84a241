package org.policyannotator.export.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.policyannotator.export.internal.JsonSupport;
import org.policyannotator.model.speakers.SpeakerPersons;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Speakers gathered while the documents are written, so that each set is read once: the output goes to a spool in
 * which every speaker field holds a mark ({@code \u0001<n>\u0002}, bytes JSON never holds raw, since a generator escapes
 * control characters in strings); when all names are known, the spool is copied to the output with each mark replaced
 * by its person, laid out as the generator would have (indented like its line in the pretty flavour).
 */
final class SpeakerSpool implements SpeakerField {
	private static final int START = 0x01;
	private static final int END = 0x02;
	private final List<String> names = new ArrayList<>();
	/** The bytes of each person object by indentation and name: a corpus names few people many times. */
	private final java.util.Map<String, byte[]> laidOut = new java.util.HashMap<>();
	private final boolean pretty;

	SpeakerSpool(boolean pretty) {
		this.pretty = pretty;
	}

	@Override
	public void write(JsonGenerator g, String name) throws IOException {
		g.writeFieldName("speaker");
		g.writeRawValue((char) START + Integer.toString(names.size()) + (char) END);
		names.add(name);
	}

	/** Names noted so far, in the order written (repeats kept). */
	List<String> names() {
		return names;
	}

	/** Copies {@code spool} to {@code out}, each mark replaced by its person in {@code persons}. */
	void copy(InputStream spool, OutputStream out, SpeakerPersons persons) throws IOException {
		byte[] buffer = new byte[1 << 16];
		int indent = 0;
		boolean lineStart = true;
		int mark = -1;
		int n;
		while ((n = spool.read(buffer)) > 0) {
			int from = 0;
			for (int i = 0; i < n; i++) {
				int b = buffer[i];
				if (mark >= 0) {
					if (b == END) {
						String name = names.get(mark);
						int at = indent;
						// compact output has no indentation: one laid-out person per name
						String key = pretty ? at + "\u0000" + name : name;
						out.write(laidOut.computeIfAbsent(key, k -> person(persons.person(name), at)));
						mark = -1;
						from = i + 1;
					} else {
						mark = mark * 10 + (b - '0');
					}
				} else if (b == START) {
					out.write(buffer, from, i - from);
					mark = 0;
				} else if (!pretty) {
					continue;
				} else if (b == '\n') {
					lineStart = true;
					indent = 0;
				} else if (lineStart && b == ' ') {
					indent++;
				} else {
					lineStart = false;
				}
			}
			if (mark < 0) {
				out.write(buffer, from, n - from);
			}
		}
	}

	/** The person object as the generator writes it, nested {@code indent} spaces deep in the pretty flavour. */
	private byte[] person(SpeakerPersons.Person person, int indent) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		try (JsonGenerator g = pretty ? JsonSupport.pretty(bytes) : JsonSupport.compact(bytes)) {
			SpeakerField.person(g, person);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e); // cannot happen: written to memory
		}
		if (!pretty) {
			return bytes.toByteArray();
		}
		String object = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
		return object.replace("\n", "\n" + " ".repeat(indent)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}

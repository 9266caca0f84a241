package org.policyannotator.export.internal;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The JSON settings shared by all writers and readers: UTF-8 with characters outside the Basic Multilingual Plane
 * (emoji, 𝐁) written as themselves rather than as {@code \uD83D\uDE00} escapes, no auto-close, fixed line ends and
 * indentation.
 */
public final class JsonSupport {
	/** The factory: strict parsing (duplicate keys are errors), generators do not close the stream. */
	public static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

	private JsonSupport() {
	}

	/** A compact generator (one line), for JSON Lines. */
	public static JsonGenerator compact(OutputStream out) throws IOException {
		return FACTORY.createGenerator(out, JsonEncoding.UTF8);
	}

	/** A pretty-printing generator: two spaces, {@code \n} line ends on every platform, {@code "key": value}. */
	public static JsonGenerator pretty(OutputStream out) throws IOException {
		JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
				.withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
				.withArrayEmptySeparator("")).withObjectIndenter(indenter)
				.withArrayIndenter(indenter);
		g.setPrettyPrinter(printer);
		return g;
	}
}

package org.policyannotator.model.internal.io;

import java.io.IOException;
import java.nio.file.Path;

import org.policyannotator.model.corpus.CorpusException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * A JSON token reader bound to one file: every problem becomes a {@link CorpusException} naming the file, the line
 * and the column.
 */
public final class Json {
	/** The one factory: no limits on string length (documents can be large). */
	public static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
			.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

	private final JsonParser parser;
	private final Path file;

	private Json(JsonParser parser, Path file) {
		this.parser = parser;
		this.file = file;
	}

	/** A reader over {@code bytes}, the content of {@code file}. */
	public static Json over(byte[] bytes, Path file) throws CorpusException {
		if (bytes.length == 0) {
			throw new CorpusException(file, "the file is empty");
		}
		try {
			return new Json(FACTORY.createParser(bytes), file);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read JSON: " + e.getMessage(), e);
		}
	}

	/** The parser (for reading values after {@link #next()}). */
	public JsonParser parser() {
		return parser;
	}

	/** The next token; fails at the end of input. */
	public JsonToken next() throws CorpusException {
		try {
			JsonToken token = parser.nextToken();
			if (token == null) {
				throw fail("the file ends too early (truncated?)");
			}
			return token;
		} catch (IOException e) {
			throw problem(e);
		}
	}

	/** The message for a Jackson failure: truncated, malformed, or unreadable. */
	private CorpusException problem(IOException e) {
		if (e instanceof JsonProcessingException json) {
			return malformed(file, json);
		}
		return new CorpusException(file, "cannot read JSON: " + e.getMessage(), e);
	}

	/**
	 * The exception for a file Jackson could not parse: truncated, beyond the parser's limits (nesting, number or
	 * string length), or malformed, with the line and column where they are known.
	 */
	public static CorpusException malformed(Path file, JsonProcessingException e) {
		String message = String.valueOf(e.getOriginalMessage());
		if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
			return new CorpusException(file, "the file is truncated: it ends in the middle of the JSON" + where(e, " (", ")"), e);
		}
		if (e instanceof StreamConstraintsException) {
			return new CorpusException(file, "the JSON goes beyond what a corpus file may hold" + where(e, " (", ")") + ": "
					+ message, e);
		}
		return new CorpusException(file, "malformed JSON" + where(e, " at ", "") + ": " + message, e);
	}

	/** "line L, column C" between {@code before} and {@code after}, or nothing when Jackson does not know. */
	private static String where(JsonProcessingException e, String before, String after) {
		JsonLocation at = e.getLocation();
		return at == null || at.getLineNr() < 0 ? "" : before + "line " + at.getLineNr() + ", column " + at.getColumnNr() + after;
	}

	/** Reads the next token and fails unless it is {@code expected}. */
	public void expect(JsonToken expected, String what) throws CorpusException {
		JsonToken token = next();
		if (token != expected) {
			throw fail("expected " + what + " but found " + describe(token));
		}
	}

	/** The next field name inside an object; null at the end of the object. */
	public String nextField() throws CorpusException {
		String name;
		try {
			name = parser.nextFieldName();
		} catch (IOException e) {
			throw problem(e);
		}
		if (name != null) {
			return name;
		}
		JsonToken token = parser.currentToken();
		if (token == JsonToken.END_OBJECT) {
			return null;
		}
		if (token == null) {
			throw fail("the file ends too early (truncated?)");
		}
		throw fail("expected a field name but found " + describe(token));
	}

	/** The next value, which must be a string. */
	public String string(String field) throws CorpusException {
		String value;
		try {
			value = parser.nextTextValue();
		} catch (IOException e) {
			throw problem(e);
		}
		if (value != null) {
			return value;
		}
		JsonToken token = parser.currentToken();
		if (token == null) {
			throw fail("the file ends too early (truncated?)");
		}
		throw fail("\"" + field + "\" must be a string, not " + describe(token));
	}

	/** Skips the next value, which must be a string, without decoding it. */
	public void skipString(String field) throws CorpusException {
		JsonToken token = next();
		if (token != JsonToken.VALUE_STRING) {
			throw fail("\"" + field + "\" must be a string, not " + describe(token));
		}
	}

	/** The next value, which must be an integer that fits an int. */
	public int integer(String field) throws CorpusException {
		JsonToken token = next();
		if (token != JsonToken.VALUE_NUMBER_INT) {
			throw fail("\"" + field + "\" must be a whole number, not " + describe(token));
		}
		try {
			return parser.getIntValue();
		} catch (StreamReadException e) {
			throw fail("\"" + field + "\" is too large");
		} catch (IOException e) {
			throw problem(e);
		}
	}

	/** The next value, which must be true or false. */
	public boolean bool(String field) throws CorpusException {
		JsonToken token = next();
		if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
			throw fail("\"" + field + "\" must be true or false, not " + describe(token));
		}
		return token == JsonToken.VALUE_TRUE;
	}

	/** Skips the value just started (for unknown content in migrations). */
	public void skipChildren() throws CorpusException {
		try {
			parser.skipChildren();
		} catch (IOException e) {
			throw problem(e);
		}
	}

	/** Text of the current token. */
	public String text() throws CorpusException {
		try {
			return parser.getText();
		} catch (IOException e) {
			throw problem(e);
		}
	}

	/** Name of the current field. */
	public String currentName() throws CorpusException {
		try {
			return parser.currentName();
		} catch (IOException e) {
			throw problem(e);
		}
	}

	/** Fails unless nothing but white space follows. */
	public void expectEnd() throws CorpusException {
		try {
			JsonToken token = parser.nextToken();
			if (token != null) {
				throw fail("unexpected content after the end of the JSON: " + describe(token));
			}
		} catch (StreamReadException e) {
			throw new CorpusException(file, "unexpected content after the end of the JSON", e);
		} catch (IOException e) {
			throw problem(e);
		}
	}

	/** A problem at the current position. */
	public CorpusException fail(String problem) {
		JsonLocation location = parser.currentTokenLocation();
		return new CorpusException(file, problem + " (line " + location.getLineNr() + ", column "
				+ location.getColumnNr() + ")");
	}

	/** The file being read. */
	public Path file() {
		return file;
	}

	private static String describe(JsonToken token) {
		return switch (token) {
		case START_OBJECT -> "an object";
		case END_OBJECT -> "the end of an object";
		case START_ARRAY -> "an array";
		case END_ARRAY -> "the end of an array";
		case FIELD_NAME -> "a field name";
		case VALUE_STRING -> "a string";
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
		case VALUE_TRUE, VALUE_FALSE -> "a boolean";
		case VALUE_NULL -> "null";
		default -> token.toString();
		};
	}
}

package org.policyannotator.export.w3c;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policyannotator.export.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;

/**
 * The W3C Web Annotation test suite, used as it is: its {@code *.test} lists of assertions, each a draft-04 JSON
 * Schema whose {@code $ref}s name other schemas by their {@code id} ({@code id.json}, {@code annotations.json},
 * ...). The suite's files are served under a made-up base IRI; an id that is not beside the referring schema is
 * looked up in {@code definitions/}. Format assertions are on, so {@code format: uri} is checked.
 */
final class W3cSuite {
	private static final String BASE = "https://w3c-web-annotation-tests.invalid/";
	private static final ObjectMapper JSON = new ObjectMapper();
	private final Path root;
	private final JsonSchemaFactory factory;
	private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
			.build();

	/** One assertion of the suite. */
	record Assertion(String path, boolean mustBeValid, String errorMessage, JsonSchema schema) {
		/** Whether {@code node} passes (gives the expected result). */
		boolean passes(JsonNode node) {
			Set<ValidationMessage> messages = schema.validate(node);
			return messages.isEmpty() == mustBeValid;
		}

		/** Why {@code node} fails, for a failure message. */
		String why(JsonNode node) {
			return path + ": " + errorMessage + " " + schema.validate(node);
		}
	}

	W3cSuite() {
		this.root = Fixtures.w3cSuite();
		SchemaLoader loader = this::load;
		this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
				builder -> builder.schemaLoaders(loaders -> loaders.add(loader)));
	}

	/** The assertions listed in a {@code .test} file, e.g. {@code annotations/annotationMusts.test}. */
	List<Assertion> assertions(String testFile) {
		try {
			JsonNode test = JSON.readTree(root.resolve(testFile).toFile());
			List<Assertion> assertions = new ArrayList<>();
			for (JsonNode path : test.get("assertions")) {
				JsonNode schema = JSON.readTree(root.resolve(path.asText()).toFile());
				assertions.add(new Assertion(path.asText(), schema.path("expectedResult").asText("valid")
						.equals("valid"), schema.path("errorMessage").asText(),
						factory.getSchema(SchemaLocation.of(BASE + path.asText()), config)));
			}
			return assertions;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private InputStreamSource load(AbsoluteIri iri) {
		String text = iri.toString();
		if (!text.startsWith(BASE)) {
			return null;
		}
		String relative = text.substring(BASE.length());
		int hash = relative.indexOf('#');
		if (hash >= 0) {
			relative = relative.substring(0, hash);
		}
		Path file = find(root.resolve(relative));
		if (file == null) {
			file = find(root.resolve("definitions").resolve(root.resolve(relative).getFileName()));
		}
		if (file == null) {
			return null;
		}
		Path found = file;
		return () -> {
			InputStream in = Files.newInputStream(found);
			return in;
		};
	}

	/** The file, or one in the same folder whose name differs only in case (the suite's ids do so once). */
	private static Path find(Path file) {
		if (Files.isRegularFile(file)) {
			return file;
		}
		Path dir = file.getParent();
		if (dir == null || !Files.isDirectory(dir)) {
			return null;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				if (entry.getFileName().toString().equalsIgnoreCase(file.getFileName().toString())) {
					return entry;
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return null;
	}
}

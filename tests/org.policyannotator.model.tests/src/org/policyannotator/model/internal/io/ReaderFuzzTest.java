package org.policyannotator.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyannotator.testing.FuzzFindings;
import org.policyannotator.testing.Mutations;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Fixtures;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;

/**
 * Fuzzing of every reader of corpus files: mutations of valid files (see {@link Mutations}) must give either a
 * result or a {@link CorpusException} whose message starts with the file's name, never another exception, a crash
 * or a hang. An input that breaks this is written under {@code target/fuzz-findings/} and becomes a regression test.
 */
class ReaderFuzzTest {
	private static final String TEXT = "Exports rose 24.5 percent year-on-year 📈, said Chen Xin.\r\n한국 中国";

	@FunctionalInterface
	private interface Reader {
		void read(byte[] input, Path file) throws CorpusException;
	}

	@Test
	void documentFiles() throws Exception {
		Document document = Document.of("d", "China–ROK ties", "https://example.org/a", Optional.empty(), "en",
				Fixtures.sampleText("002") + "\r\n😀", new Provenance("html", "/home/ana/a.html", Instant.EPOCH));
		fuzz("document", DocumentCodec.write(document), Path.of("documents/d.json"), DocumentCodec::read);
	}

	@Test
	void documentTitles() throws Exception {
		byte[] seed = DocumentCodec.write(Document.of("d", "China–ROK ties", TEXT));
		fuzz("document-title", seed, Path.of("documents/d.json"),
				(input, file) -> DocumentCodec.readTitle(new ByteArrayInputStream(input), file));
	}

	@Test
	void schemaFiles() throws Exception {
		fuzz("schema", SchemaCodec.write(Schema.defaultSchema()), Path.of("schema.json"), SchemaCodec::read);
		fuzz("schema-extension", Fixtures.read("schema-extension.json").getBytes(StandardCharsets.UTF_8),
				Path.of("schema.json"), SchemaCodec::read);
	}

	@Test
	void corpusHeaders() throws Exception {
		byte[] seed = CorpusCodec.write(new CorpusCodec.Header("Sample: China–South Korea", Map.of("offsets", "utf16")));
		fuzz("corpus", seed, Path.of("corpus.json"), CorpusCodec::read);
	}

	@Test
	void annotationSets() throws Exception {
		int stat = TEXT.indexOf("24.5");
		int korean = TEXT.indexOf("한국");
		Instant t0 = Instant.parse("2026-01-05T09:30:00.250Z");
		AnnotationSet set = AnnotationSet.of("ana", "doc", "abc123",
				List.of(Annotation.of("a1", "statistic", List.of(Span.of(TEXT, stat, stat + 12)), "ana", t0),
						Annotation.of("a2", "speaker", List.of(Span.of(TEXT, korean, korean + 2)), "ana", t0)),
				List.of(new Relation("r1", "supports", "a1", "a2")));
		fuzz("set", SetCodec.write(set), Path.of("annotations/ana/doc.json"), SetCodec::read);
	}

	/** Found by this test: nesting beyond Jackson's limit has no location, and the message building failed on it. */
	@Test
	void deepNestingIsAClearError() {
		byte[] input = ("{\"format\": " + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8);
		Path file = Path.of("corpus.json");
		for (Reader reader : List.<Reader>of(CorpusCodec::read, SchemaCodec::read, DocumentCodec::read, SetCodec::read,
				(in, f) -> DocumentCodec.readTitle(new ByteArrayInputStream(in), f))) {
			CorpusException e = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class,
					() -> reader.read(input, file));
			assertTrue(e.getMessage().startsWith("corpus.json: "), e.getMessage());
		}
	}

	private static void fuzz(String name, byte[] seed, Path file, Reader reader) throws Exception {
		Mutations mutations = new Mutations(name.hashCode());
		int[] rejected = { 0 };
		assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
			for (int i = 0; i < Mutations.BUDGET; i++) {
				byte[] input = mutations.mutate(seed);
				try {
					reader.read(input, file);
				} catch (CorpusException e) {
					rejected[0]++;
					if (!e.getMessage().startsWith(file.toString() + ": ")) {
						failWith(name, i, input, "the message does not start with the file: " + e.getMessage(), e);
					}
				} catch (RuntimeException | StackOverflowError e) {
					failWith(name, i, input, "not a clear error", e);
				}
			}
		}, name + ": the reader hung");
		assertTrue(rejected[0] > Mutations.BUDGET / 10, name + ": the mutations were too gentle to test anything");
	}

	private static void failWith(String name, int index, byte[] input, String problem, Throwable e) {
		FuzzFindings.fail(name, index, input, problem, e);
	}
}

package org.policyannotator.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Fixtures;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.CorpusException;

class SetCodecTest {
	private static final Path FILE = Path.of("annotations/ana/doc.json");
	private static final Instant T0 = Instant.parse("2026-01-05T09:30:00.250Z");
	private static final String TEXT = "Exports rose 24.5 percent year-on-year 📈, said Chen Xin.\r\n한국 中国";

	private static Annotation full() {
		TreeMap<String, AttributeValue> attributes = new TreeMap<>();
		attributes.put("value", AttributeValue.Number.of("24.50"));
		attributes.put("unit", new AttributeValue.Text("percent \"yoy\"\n"));
		attributes.put("estimate", new AttributeValue.Bool(false));
		attributes.put("asOf", new AttributeValue.Date(LocalDate.of(2025, 10, 31)));
		attributes.put("claimant", new AttributeValue.Ref("a2"));
		int start = TEXT.indexOf("24.5");
		int emoji = TEXT.indexOf("📈");
		return new Annotation("a1", "statistic", List.of(Span.of(TEXT, start, start + 12), Span.of(TEXT, emoji, emoji + 2)),
				attributes, "ana", T0, T0.plusSeconds(60), "check the source", AnnotationStatus.SUGGESTED, true);
	}

	private static AnnotationSet sample() {
		int korean = TEXT.indexOf("한국");
		Annotation speaker = Annotation.of("a2", "speaker", List.of(Span.of(TEXT, korean, korean + 2)), "bo", T0);
		return AnnotationSet.of("ana", "doc", "abc123", List.of(full(), speaker),
				List.of(new Relation("r1", "supports", "a1", "a2")));
	}

	@Test
	void everyFieldSurvivesARoundTrip() throws CorpusException {
		AnnotationSet set = sample();
		AnnotationSet read = SetCodec.read(SetCodec.write(set), FILE);
		assertEquals(set.annotations(), read.annotations());
		assertEquals(set.relations(), read.relations());
		assertEquals("ana", read.annotator());
		assertEquals("doc", read.documentId());
		assertEquals("abc123", read.documentSha256());
	}

	@Test
	void equalContentGivesIdenticalBytesWhateverTheInsertionOrder() {
		List<Annotation> annotations = new ArrayList<>(sample().annotations());
		byte[] first = SetCodec.write(sample());
		Collections.reverse(annotations);
		AnnotationSet reversed = AnnotationSet.of("ana", "doc", "abc123", annotations,
				List.of(new Relation("r1", "supports", "a1", "a2")));
		assertArrayEquals(first, SetCodec.write(reversed));
	}

	@Test
	void eachAnnotationIsOneLineSoDiffsStaySmall() {
		String json = new String(SetCodec.write(sample()), StandardCharsets.UTF_8);
		List<String> lines = json.lines().toList();
		assertEquals("{", lines.get(0));
		assertEquals("\t\"format\": \"policyannotator.annotations\",", lines.get(1));
		assertEquals("\t\"version\": 2,", lines.get(2));
		assertTrue(lines.stream().filter(l -> l.startsWith("\t\t{\"id\":\"a")).count() == 2, json);
		assertTrue(json.endsWith("}\n"));
		assertTrue(json.contains("\"value\":24.5}"), "numbers are written plainly: " + json);
		assertTrue(json.contains("\"created\":\"2026-01-05T09:30:00.250Z\""), json);
		assertTrue(json.contains("\"quote\":\"📈\""), "emoji are written as characters, not escapes: " + json);
	}

	@Test
	void addingOneAnnotationChangesOnlyOneLine() {
		AnnotationSet set = sample();
		List<String> before = new String(SetCodec.write(set), StandardCharsets.UTF_8).lines().toList();
		int at = TEXT.indexOf("Chen Xin");
		set.add(Annotation.of("a3", "speaker", List.of(Span.of(TEXT, at, at + 8)), "ana", T0));
		List<String> after = new String(SetCodec.write(set), StandardCharsets.UTF_8).lines().toList();
		assertEquals(before.size() + 1, after.size());
		List<String> added = new ArrayList<>(after);
		added.removeAll(before);
		assertEquals(1, added.size(), added.toString());
		assertTrue(added.get(0).contains("\"id\":\"a3\""));
	}

	@Test
	void anEmptySetIsWrittenCompactlyAndReadBack() throws CorpusException {
		AnnotationSet empty = new AnnotationSet("ana", "doc", "");
		String json = new String(SetCodec.write(empty), StandardCharsets.UTF_8);
		assertTrue(json.contains("\t\"annotations\": [],\n\t\"relations\": []\n}\n"), json);
		assertTrue(SetCodec.read(json.getBytes(StandardCharsets.UTF_8), FILE).isEmpty());
	}

	@Test
	void headerValuesAreEscaped() throws CorpusException {
		AnnotationSet set = new AnnotationSet("ana", "doc", "odd \"hash\"\n");
		assertEquals("odd \"hash\"\n", SetCodec.read(SetCodec.write(set), FILE).documentSha256());
	}

	@Test
	void version1FilesAreMigrated() throws CorpusException {
		AnnotationSet set = SetCodec.read(Fixtures.read("set-v1.json").getBytes(StandardCharsets.UTF_8),
				Fixtures.path("set-v1.json"));
		assertEquals(2, set.size());
		Annotation quote = set.annotation("a2").orElseThrow();
		assertEquals(List.of(new Span(19, 35, "ties matter most", "", "")), quote.spans());
		assertEquals(AnnotationStatus.ACCEPTED, quote.status());
		assertEquals("ana", quote.annotator());
		assertEquals("paraphrase", quote.note());
		assertEquals(Instant.parse("2025-03-02T08:00:00Z"), quote.modified());
		Annotation speaker = set.annotation("a1").orElseThrow();
		assertEquals(speaker.created(), speaker.modified());
		assertEquals("", set.documentSha256());
		assertEquals(List.of(new Relation("r1", "said-by", "a2", "a1")), set.relations());
		String rewritten = new String(SetCodec.write(set), StandardCharsets.UTF_8);
		assertTrue(rewritten.contains("\"version\": 2"), rewritten);
	}

	@Test
	void aNewerVersionFailsWithAMessageSayingSo() {
		CorpusException e = assertThrows(CorpusException.class, () -> SetCodec.read(
				Fixtures.read("set-v99.json").getBytes(StandardCharsets.UTF_8), Fixtures.path("set-v99.json")));
		assertTrue(e.getMessage().contains("set-v99.json"), e.getMessage());
		assertTrue(e.getMessage().contains("newer Policy Annotator (format version 99; this version reads up to 2)"),
				e.getMessage());
	}

	private static String failure(String json) {
		return assertThrows(CorpusException.class, () -> SetCodec.read(json.getBytes(StandardCharsets.UTF_8), FILE))
				.getMessage();
	}

	@Test
	void aTruncatedFileIsReportedAsTruncated() {
		byte[] whole = SetCodec.write(sample());
		String cut = new String(whole, 0, whole.length / 2, StandardCharsets.UTF_8);
		String message = failure(cut);
		assertTrue(message.startsWith(FILE + ": "), message);
		assertTrue(message.contains("truncated"), message);
	}

	@Test
	void malformedJsonNamesFileLineAndColumn() {
		String message = failure("{\n\"format\": \"policyannotator.annotations\",\n\"version\": 2,\n\"annotator\": ana\n}");
		assertTrue(message.startsWith(FILE + ": malformed JSON at line 4"), message);
	}

	@Test
	void emptyAndForeignFilesAreRejectedClearly() {
		assertTrue(failure("").contains("the file is empty"));
		assertTrue(failure("{\"format\": \"policyannotator.document\", \"version\": 1}")
				.contains("is a \"policyannotator.document\" file where a \"policyannotator.annotations\""));
		assertTrue(failure("{\"annotations\": []}").contains("missing \"format\""));
	}

	@Test
	void unknownFieldsAndWrongTypesNameTheAnnotation() throws CorpusException {
		String head = "{\"format\":\"policyannotator.annotations\",\"version\":2,\"annotator\":\"ana\",\"document\":\"d\","
				+ "\"annotations\":[";
		String ok = "{\"id\":\"a1\",\"type\":\"claim\",\"spans\":[{\"start\":0,\"end\":1,\"quote\":\"x\"}],"
				+ "\"status\":\"accepted\",\"created\":\"2026-01-05T09:30:00.000Z\",\"modified\":\"2026-01-05T09:30:00.000Z\"";
		assertTrue(failure(head + ok + ",\"colour\":1}]}").contains("annotation a1: unknown field \"colour\""));
		assertTrue(failure(head + ok.replace("\"start\":0", "\"start\":\"0\"") + "}]}")
				.contains("\"start\" must be a whole number, not a string"));
		assertTrue(failure(head + ok.replace("accepted", "maybe") + "}]}")
				.contains("annotation a1: unknown status \"maybe\""));
		assertTrue(failure(head + ok.replace("\"end\":1", "\"end\":-1") + "}]}")
				.contains("annotation a1: a span needs start <= end"));
		assertTrue(failure(head + ok + "}," + ok + "}]}").contains("two annotations have the id a1"));
		assertEquals(1, SetCodec.read((head + ok + "}]}").getBytes(StandardCharsets.UTF_8), FILE).size(),
				"the same annotation without the faults is read");
	}

	@Test
	void readingOffsetsOnlyChecksTheSameAndLeavesTheQuotesEmpty() throws CorpusException {
		AnnotationSet whole = sample();
		byte[] bytes = SetCodec.write(whole);
		AnnotationSet offsets = SetCodec.readOffsets(bytes, FILE);
		assertEquals(whole.size(), offsets.size());
		for (var annotation : whole.annotations()) {
			var read = offsets.annotation(annotation.id()).orElseThrow();
			assertEquals(annotation.type(), read.type());
			assertEquals(annotation.attributes(), read.attributes());
			assertEquals(annotation.spans().stream().map(x -> x.start() + "-" + x.end()).toList(),
					read.spans().stream().map(x -> x.start() + "-" + x.end()).toList());
			assertTrue(read.spans().stream().allMatch(x -> x.quote().isEmpty() && x.prefix().isEmpty()));
			assertEquals(java.time.Instant.EPOCH, read.created(), "times are not parsed");
			assertEquals(java.time.Instant.EPOCH, read.modified(), "times are not parsed");
		}
		String numberTime = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"modified\":\"[^\"]*\"", "\"modified\":5");
		CorpusException time = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class,
				() -> SetCodec.readOffsets(numberTime.getBytes(StandardCharsets.UTF_8), FILE));
		assertTrue(time.getMessage().contains("\"modified\" must be a string"), time.getMessage());
		String head = "{\"format\":\"policyannotator.annotations\",\"version\":2,\"annotator\":\"ana\",\"document\":\"d\","
				+ "\"annotations\":[{\"id\":\"a1\",\"type\":\"claim\",\"spans\":[{\"start\":0,\"end\":1,\"quote\":7}]";
		CorpusException e = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class,
				() -> SetCodec.readOffsets(head.getBytes(StandardCharsets.UTF_8), FILE));
		assertTrue(e.getMessage().contains("\"quote\" must be a string"), e.getMessage());
	}
}

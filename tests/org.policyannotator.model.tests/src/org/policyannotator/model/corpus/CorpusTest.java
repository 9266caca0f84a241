package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentDetails;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Finding;
import org.policyannotator.model.Fixtures;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.internal.io.SetLock;
import org.policyannotator.model.schema.Schema;

class CorpusTest {
	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
	@TempDir
	Path tmp;
	private Path dir;
	private Corpus corpus;
	private List<String> ids;

	@BeforeEach
	void createCorpusOfTheSampleArticles() throws IOException {
		dir = tmp.resolve("corpus");
		corpus = Corpus.create(dir, "Sample articles", Schema.defaultSchema());
		ids = new ArrayList<>();
		try (Stream<Path> files = Files.list(Fixtures.sampleCorpus())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				String id = DocumentIds.fromFileName(file.getFileName().toString());
				String text = Files.readString(file, StandardCharsets.UTF_8);
				corpus.addDocument(Document.of(id, text.lines().findFirst().orElse(""), "https://www.globaltimes.cn/",
						Optional.of(LocalDate.of(2026, 1, 5)), "en", text,
						new Provenance("plain-text", file.toString(), NOW)));
				ids.add(id);
			}
		}
	}

	private Document article(String prefix) throws CorpusException {
		return corpus.loadDocument(ids.stream().filter(i -> i.startsWith(prefix)).findFirst().orElseThrow());
	}

	private static Annotation tag(Document document, String id, String type, String phrase) {
		int start = document.text().indexOf(phrase);
		assertTrue(start >= 0, phrase);
		return Annotation.of(id, type, List.of(Span.of(document.text(), start, start + phrase.length())), "ana", NOW);
	}

	/** A quote of Chen Xin in article 000, with its speaker. */
	private AnnotationSet quoteSet(Document document) throws CorpusException {
		AnnotationSet set = corpus.loadSet("ana", document.id());
		set.add(tag(document, "a1", "speaker", "Chen Xin").withAttribute("name", new AttributeValue.Text("Chen Xin"),
				NOW).withAttribute("role", new AttributeValue.Text("deputy director"), NOW));
		set.add(tag(document, "a2", "quote",
				"President Lee's visit will further propel the positive momentum of bilateral relations")
				.withAttribute("kind", new AttributeValue.Text("indirect"), NOW));
		set.addRelation(new Relation("r1", "said-by", "a2", "a1"));
		return set;
	}

	private static String findings(List<Finding> findings) {
		return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
	}

	@Test
	void aCreatedCorpusOpensWithItsNameSchemaAndSortedDocuments() throws IOException {
		Corpus opened = Corpus.open(dir);
		assertEquals("Sample articles", opened.name());
		assertEquals(Schema.defaultSchema(), opened.schema());
		assertEquals(dir.toAbsolutePath(), opened.directory());
		assertEquals(ids, opened.documentIds());
		assertEquals(5, ids.size());
		assertTrue(Files.isRegularFile(dir.resolve("corpus.json")));
		assertTrue(Files.isRegularFile(dir.resolve("schema.json")));
		assertTrue(Files.isRegularFile(dir.resolve("documents").resolve(ids.get(0) + ".json")));
	}

	@Test
	void documentsComeBackExactlyWithMetadata() throws IOException {
		for (String id : ids) {
			Document document = Corpus.open(dir).loadDocument(id);
			String original = Files.readString(Fixtures.sampleCorpus().resolve(id + ".txt"));
			assertEquals(original, document.text());
			assertTrue(document.hashMatches());
			assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), document.published());
			assertEquals("plain-text", document.provenance().importer());
			assertEquals(NOW, document.provenance().importedAt());
		}
	}

	@Test
	void bylineSiteNameAndPageStartsAreKeptOnDiskAndSurviveARetitle() throws IOException {
		String text = "Page one text.\n\nPage two text.\n\nPage four text.";
		DocumentDetails details = new DocumentDetails("Trade Policy Unit", "Regional Trade Institute",
				List.of(0, 16, 32, 32));
		corpus.addDocument(Document.of("paper", "A paper", "", Optional.empty(), "en", text,
				new Provenance("pdf", "paper.pdf", NOW), details));
		Document read = Corpus.open(dir).loadDocument("paper");
		assertEquals(details, read.details());
		assertEquals(4, read.pageAt(text.indexOf("Page four")));
		String json = Files.readString(dir.resolve("documents/paper.json"));
		assertTrue(json.contains("\"pageStarts\""), json);
		corpus.retitleDocument("paper", "Renamed paper");
		assertEquals(details, Corpus.open(dir).loadDocument("paper").details());
		assertFalse(Files.readString(dir.resolve("documents/" + ids.get(0) + ".json")).contains("pageStarts"),
				"a document without pages has no pageStarts field");
	}

	@Test
	void pageStartsThatDecreaseOrLieBeyondTheTextAreRefusedNamingTheFile() throws IOException {
		Path file = dir.resolve("documents/bad.json");
		String text = "short";
		String head = "{\"format\":\"policyannotator-document\",\"version\":1,\"id\":\"bad\",\"sha256\":\""
				+ Document.sha256Of(text) + "\",\"text\":\"" + text + "\",\"pageStarts\":";
		for (String starts : List.of("[0,3,2]", "[0,99]", "\"0\"", "[0,1.5]")) {
			Files.writeString(file, head + starts + "}");
			CorpusException e = assertThrows(CorpusException.class, () -> corpus.loadDocument("bad"), starts);
			assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
		}
	}

	@Test
	void titlesAreReadWithoutTheTextsAndMatchTheDocuments() throws IOException {
		Corpus fresh = Corpus.open(dir);
		for (String id : ids) {
			assertEquals(Corpus.open(dir).loadDocument(id).title(), fresh.documentTitle(id));
		}
		corpus.retitleDocument(ids.get(0), "A new title");
		assertEquals("A new title", corpus.documentTitle(ids.get(0)), "a renamed document shows its new title");
	}

	@Test
	void aTitleAfterTheTextOrNoTitleOrABrokenFileIsHandled() throws IOException {
		Path documents = dir.resolve("documents");
		Files.writeString(documents.resolve("late.json"), "{\"format\":\"policyannotator-document\",\"version\":1,"
				+ "\"text\":\"" + "x".repeat(100_000) + "\",\"provenance\":{\"a\":[1,2]},\"title\":\"Late\"}");
		assertEquals("Late", corpus.documentTitle("late"));
		Files.writeString(documents.resolve("untitled.json"), "{\"id\":\"untitled\",\"text\":\"t\"}");
		assertEquals("", corpus.documentTitle("untitled"));
		Files.writeString(documents.resolve("broken.json"), "{\"id\":\"broken\",\"title\" 12");
		CorpusException e = assertThrows(CorpusException.class, () -> corpus.documentTitle("broken"));
		assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
		assertThrows(CorpusException.class, () -> corpus.documentTitle("missing"));
	}

	@Test
	void openingTheCorpusRemovesWhatKilledWritesLeftButNotAWriteStillRunning() throws IOException {
		corpus.saveSet(quoteSet(article("000")));
		Path setFolder = dir.resolve("annotations").resolve("ana");
		List<Path> stale = List.of(dir.resolve(".corpus.json.1a2b.tmp"), dir.resolve("documents").resolve(".x.json.3c.tmp"),
				setFolder.resolve(".y.json.4d.tmp"));
		for (Path file : stale) {
			Files.writeString(file, "half a file");
			Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
		}
		Path running = setFolder.resolve(".z.json.5e.tmp");
		Files.writeString(running, "being written right now");
		Path notOurs = dir.resolve("documents").resolve("notes.tmp");
		Files.writeString(notOurs, "a user's file");
		Files.setLastModifiedTime(notOurs, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));

		Corpus.open(dir);

		for (Path file : stale) {
			assertFalse(Files.exists(file), file + " is removed");
		}
		assertTrue(Files.exists(running), "a young temporary file may be a write in progress");
		assertTrue(Files.exists(notOurs), "only our own .<name>.<random>.tmp files are touched");
	}

	@Test
	void documentTextKeepsCrlfAndNonLatinScripts() throws IOException {
		String text = "第一行\r\n둘째 줄 😀\r\nCafe\u0301\n";
		corpus.addDocument(Document.of("mixed", "Mixed", text));
		assertEquals(text, Corpus.open(dir).loadDocument("mixed").text());
	}

	@Test
	void creatingInANonEmptyFolderFailsAndTouchesNothing() throws IOException {
		Path other = tmp.resolve("busy");
		Files.createDirectories(other);
		Files.writeString(other.resolve("notes.txt"), "mine");
		CorpusException e = assertThrows(CorpusException.class,
				() -> Corpus.create(other, "x", Schema.defaultSchema()));
		assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
		try (Stream<Path> files = Files.list(other)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void openingAFolderThatIsNoCorpusSaysSo() throws IOException {
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		CorpusException e = assertThrows(CorpusException.class, () -> Corpus.open(empty));
		assertTrue(e.getMessage().contains("corpus.json is missing"), e.getMessage());
	}

	@Test
	void aCorpusFromANewerVersionIsRefusedWithAClearMessage() throws IOException {
		Path file = dir.resolve("corpus.json");
		Files.writeString(file, Files.readString(file).replace("\"version\" : 1", "\"version\" : 7"));
		CorpusException e = assertThrows(CorpusException.class, () -> Corpus.open(dir));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("newer Policy Annotator (format version 7"), e.getMessage());
	}

	@Test
	void aBrokenSchemaFileIsNamedInTheMessage() throws IOException {
		Files.copy(Fixtures.path("schema-bad-kind.json"), dir.resolve("schema.json"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		CorpusException e = assertThrows(CorpusException.class, () -> Corpus.open(dir));
		assertTrue(e.getMessage().contains("schema.json"), e.getMessage());
		assertTrue(e.getMessage().contains("tag type claim: attribute x: unknown kind \"colour\""), e.getMessage());
	}

	@Test
	void aSchemaFileCanExtendTheDefault() throws IOException {
		Schema extended = SchemaFiles.read(Fixtures.path("schema-extension.json"));
		assertEquals(7, extended.tagTypes().size());
		assertEquals("Target", extended.tagType("target").orElseThrow().label());
		Corpus other = Corpus.create(tmp.resolve("ext"), "ext", extended);
		assertEquals(extended, Corpus.open(other.directory()).schema());
	}

	@Test
	void aMissingSetLoadsEmptyForTheCurrentText() throws IOException {
		Document document = article("000");
		AnnotationSet set = corpus.loadSet("ana", document.id());
		assertTrue(set.isEmpty());
		assertEquals(document.sha256(), set.documentSha256());
		assertEquals(List.of(), corpus.annotators());
	}

	@Test
	void annotationsOnARealArticleSurviveSaveAndReopen() throws IOException {
		Document document = article("000");
		AnnotationSet set = quoteSet(document);
		corpus.saveSet(set);
		assertFalse(set.isDirty());
		LoadedSet loaded = Corpus.open(dir).readSet("ana", document.id());
		assertEquals(List.of(), loaded.findings());
		assertEquals(set.annotations(), loaded.set().annotations());
		assertEquals(set.relations(), loaded.set().relations());
		assertFalse(loaded.set().isDirty());
		assertEquals(List.of("ana"), corpus.annotators());
		assertTrue(Files.exists(dir.resolve("annotations/ana/" + document.id() + ".json")));
	}

	@Test
	void twoAnnotatorsKeepTheirOwnSetsSideBySide() throws IOException {
		Document document = article("000");
		corpus.saveSet(quoteSet(document));
		AnnotationSet bo = corpus.loadSet("bo", document.id());
		bo.add(tag(document, "a1", "claim", "Strengthening people-to-people ties, particularly among Gen Z, is vital"));
		corpus.saveSet(bo);
		assertEquals(List.of("ana", "bo"), corpus.annotators());
		assertEquals(2, corpus.loadSet("ana", document.id()).size());
		assertEquals(1, corpus.loadSet("bo", document.id()).size());
		assertEquals(List.of(document.id()), corpus.documentIdsAnnotatedBy("bo"));
	}

	@Test
	void savingTheSameContentTwiceGivesIdenticalBytes() throws IOException {
		Document document = article("000");
		AnnotationSet set = quoteSet(document);
		corpus.saveSet(set);
		byte[] first = Files.readAllBytes(corpus.setFile("ana", document.id()));
		AnnotationSet reloaded = corpus.loadSet("ana", document.id());
		corpus.saveSet(reloaded);
		assertArrayEquals(first, Files.readAllBytes(corpus.setFile("ana", document.id())));
	}

	@Test
	void aSetChangedByAnotherProgramIsNotOverwritten() throws IOException {
		Document document = article("000");
		corpus.saveSet(quoteSet(document));
		AnnotationSet mine = corpus.loadSet("ana", document.id());
		Path file = corpus.setFile("ana", document.id());
		String theirs = Files.readString(file).replace("deputy director", "director");
		Files.writeString(file, theirs);
		mine.remove("a1");
		assertThrows(StaleSetException.class, () -> corpus.saveSet(mine));
		assertEquals(theirs, Files.readString(file));
		AnnotationSet reloaded = corpus.loadSet("ana", document.id());
		reloaded.remove("a1");
		corpus.saveSet(reloaded);
		assertEquals(1, corpus.loadSet("ana", document.id()).size());
	}

	@Test
	void aSetSavedMeanwhileThroughAnotherCorpusObjectIsDetected() throws IOException {
		Document document = article("000");
		corpus.saveSet(quoteSet(document));
		AnnotationSet mine = corpus.loadSet("ana", document.id());
		Corpus other = Corpus.open(dir);
		AnnotationSet theirs = other.loadSet("ana", document.id());
		theirs.remove("a2");
		other.saveSet(theirs);
		mine.remove("a1");
		assertThrows(StaleSetException.class, () -> corpus.saveSet(mine));
		assertEquals(1, corpus.loadSet("ana", document.id()).size());
	}

	@Test
	void aNewSetDoesNotOverwriteAFileCreatedMeanwhile() throws IOException {
		Document document = article("000");
		AnnotationSet first = corpus.loadSet("ana", document.id());
		AnnotationSet second = corpus.loadSet("ana", document.id());
		first.add(tag(document, "a1", "claim", "Strengthening"));
		second.add(tag(document, "a1", "claim", "Gen Z"));
		corpus.saveSet(first);
		assertThrows(StaleSetException.class, () -> corpus.saveSet(second));
		assertEquals("Strengthening", corpus.loadSet("ana", document.id()).annotations().get(0).firstSpan().quote());
	}

	@Test
	@SuppressWarnings("try")
	void aSetLockedByAnotherWriterIsNotWrittenAtTheSameTime() throws IOException {
		Document document = article("000");
		AnnotationSet set = quoteSet(document);
		Path file = corpus.setFile("ana", document.id());
		Files.createDirectories(file.getParent());
		try (SetLock held = SetLock.tryLock(file).orElseThrow()) {
			SetLockedException e = assertThrows(SetLockedException.class, () -> corpus.saveSet(set));
			assertTrue(e.getMessage().contains("being written by another process"), e.getMessage());
			assertFalse(Files.exists(file));
		}
		corpus.saveSet(set);
		assertTrue(Files.exists(file));
	}

	@Test
	void loadingReportsBadAnnotationsPerFileButDropsNothing() throws IOException {
		Document document = article("000");
		String text = document.text();
		AnnotationSet set = corpus.loadSet("ana", document.id());
		set.add(tag(document, "good", "claim", "Strengthening people-to-people ties"));
		set.add(Annotation.of("beyond", "claim", List.of(new Span(text.length() - 2, text.length() + 10, "x".repeat(12),
				"", "")), "ana", NOW));
		set.add(Annotation.of("moved", "claim", List.of(new Span(0, 8, "Chen Xin", "", "")), "ana", NOW));
		set.add(tag(document, "odd", "rumour", "Gen Z"));
		set.add(tag(document, "stat", "statistic", "four-day").withAttribute("value", new AttributeValue.Text("4"), NOW));
		corpus.saveSet(set);
		LoadedSet loaded = corpus.readSet("ana", document.id());
		assertEquals(5, loaded.set().size(), "nothing is dropped");
		assertEquals(set.annotations(), loaded.set().annotations(), "nothing is altered");
		String file = "annotations/ana/" + document.id() + ".json";
		String all = findings(loaded.findings());
		assertTrue(all.contains("error: " + file + ": beyond: span ["), all);
		assertTrue(all.contains("error: " + file + ": moved: stored quote \"Chen Xin\" differs from the text"), all);
		assertTrue(all.contains("error: " + file + ": odd: tag type rumour is not in the schema"), all);
		assertTrue(all.contains("error: " + file + ": stat: attribute value takes a number"), all);
		assertFalse(all.contains("good"), all);
		assertTrue(loaded.hasErrors());
	}

	@Test
	void aMalformedSetFileFailsWithItsNameAndIsLeftAlone() throws IOException {
		Document document = article("000");
		Path file = corpus.setFile("ana", document.id());
		Files.createDirectories(file.getParent());
		Files.writeString(file, "{\"format\": \"policyannotator.annotations\", \"version\": 2, \"annotator\": \"ana\",");
		CorpusException e = assertThrows(CorpusException.class, () -> corpus.loadSet("ana", document.id()));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("truncated"), e.getMessage());
		assertEquals("{\"format\": \"policyannotator.annotations\", \"version\": 2, \"annotator\": \"ana\",",
				Files.readString(file));
	}

	@Test
	void aSetInTheWrongPlaceIsRefused() throws IOException {
		Document a = article("000");
		Document b = article("001");
		corpus.saveSet(quoteSet(a));
		Path target = corpus.setFile("ana", b.id());
		Files.copy(corpus.setFile("ana", a.id()), target);
		CorpusException e = assertThrows(CorpusException.class, () -> corpus.loadSet("ana", b.id()));
		assertTrue(e.getMessage().contains("lies in the place of ana / " + b.id()), e.getMessage());
	}

	@Test
	void aChangedDocumentTextReanchorsSpansAndKeepsOrphans() throws IOException {
		Document document = article("000");
		AnnotationSet set = quoteSet(document);
		String doomed = "The seminar featured a discussion of a critical biography";
		set.add(tag(document, "a3", "claim", doomed));
		corpus.saveSet(set);
		String newText = "UPDATED 2026-01-06\n" + document.text().replace(doomed, "A talk covered a book");
		corpus.addDocument(document.withText(newText));

		LoadedSet loaded = corpus.readSet("ana", document.id());
		assertTrue(loaded.reanchoring().isPresent());
		assertEquals(List.of("a3"), loaded.reanchoring().get().orphans());
		AnnotationSet reanchored = loaded.set();
		assertEquals(3, reanchored.size(), "the orphan is kept");
		assertTrue(reanchored.isDirty());
		Annotation quote = reanchored.annotation("a2").orElseThrow();
		assertTrue(quote.firstSpan().matches(newText));
		assertEquals(set.annotation("a2").orElseThrow().start() + "UPDATED 2026-01-06\n".length(), quote.start());
		Annotation orphan = reanchored.annotation("a3").orElseThrow();
		assertTrue(orphan.orphaned());
		assertEquals(doomed, orphan.firstSpan().quote());
		String all = findings(loaded.findings());
		assertTrue(all.contains("re-anchored the annotations: 0 unchanged, 2 moved, 0 matched approximately, 1 orphans"),
				all);
		assertTrue(all.contains("a3: orphan: could not be placed in the current text"), all);
		assertFalse(loaded.hasErrors(), all);

		corpus.saveSet(reanchored);
		LoadedSet again = corpus.readSet("ana", document.id());
		assertTrue(again.reanchoring().isEmpty(), "saved against the new text");
		assertTrue(again.set().annotation("a3").orElseThrow().orphaned());
		assertEquals(Document.sha256Of(newText), again.set().documentSha256());
	}

	@Test
	void annotationOffsetsAreTheLoadedSetsOffsetsAndFollowAChangedText() throws IOException {
		Document document = article("000");
		AnnotationSet set = quoteSet(document);
		String doomed = "The seminar featured a discussion of a critical biography";
		set.add(tag(document, "a3", "claim", doomed));
		corpus.saveSet(set);

		List<Annotation> offsets = corpus.loadAnnotationOffsets("ana", document.id());
		List<Annotation> whole = corpus.loadSet("ana", document.id()).annotations();
		assertEquals(whole.stream().map(a -> a.id() + " " + a.type() + " " + a.status() + " " + a.spans().stream()
				.map(x -> x.start() + "-" + x.end()).toList()).toList(),
				offsets.stream().map(a -> a.id() + " " + a.type() + " " + a.status() + " " + a.spans().stream()
						.map(x -> x.start() + "-" + x.end()).toList()).toList());
		assertTrue(offsets.stream().flatMap(a -> a.spans().stream()).allMatch(x -> x.quote().isEmpty()),
				"the quotes are not decoded");
		assertEquals(List.of(), corpus.loadAnnotationOffsets("bob", document.id()), "no set: no annotations");

		String newText = "UPDATED 2026-01-06\n" + document.text().replace(doomed, "A talk covered a book");
		corpus.addDocument(document.withText(newText));
		List<Annotation> moved = corpus.loadAnnotationOffsets("ana", document.id());
		Annotation quote = moved.stream().filter(a -> a.id().equals("a2")).findFirst().orElseThrow();
		assertEquals(set.annotation("a2").orElseThrow().start() + "UPDATED 2026-01-06\n".length(), quote.start(),
				"re-anchored from the quotes when the text changed");
		assertTrue(moved.stream().filter(a -> a.id().equals("a3")).findFirst().orElseThrow().orphaned());
	}

	@Test
	void aVersion1SetIsMigratedWithContextAndTextHash() throws IOException {
		Document document = Document.of("doc-a", "v1", "Chen Xin said that ties matter most.");
		corpus.addDocument(document);
		Path file = corpus.setFile("ana", "doc-a");
		Files.createDirectories(file.getParent());
		Files.copy(Fixtures.path("set-v1.json"), file);
		LoadedSet loaded = corpus.readSet("ana", "doc-a");
		assertEquals(List.of(), loaded.findings());
		AnnotationSet set = loaded.set();
		assertEquals(document.sha256(), set.documentSha256());
		assertEquals("Chen Xin said that ", set.annotation("a2").orElseThrow().firstSpan().prefix());
		assertTrue(set.isDirty(), "migrated content waits to be saved");
		corpus.saveSet(set);
		assertTrue(Files.readString(file).contains("\"version\": 2"));
		assertEquals(set.annotations(), corpus.loadSet("ana", "doc-a").annotations());
	}

	@Test
	void validateReportsEveryProblemOfTheCorpusWithItsFile() throws IOException {
		Document document = article("000");
		AnnotationSet set = quoteSet(document);
		set.add(tag(document, "p", "proposal", "Strengthening people-to-people ties")
				.withAttribute("points", new AttributeValue.Number(BigDecimal.valueOf(2)), NOW));
		corpus.saveSet(set);
		Path broken = corpus.setFile("bo", document.id());
		Files.createDirectories(broken.getParent());
		Files.writeString(broken, "not json");
		Path orphanSet = corpus.setFile("bo", "no-such-doc");
		Files.writeString(orphanSet, Files.readString(corpus.setFile("ana", document.id())));
		Files.writeString(dir.resolve("documents/.x.json.1234.tmp"), "half");

		List<Finding> findings = corpus.validate();
		String all = findings(findings);
		assertTrue(all.contains("warning: annotations/ana/" + document.id()
				+ ".json: p: Proposal: number of points is 2, but 0 are linked with point-of"), all);
		assertTrue(all.contains("error: annotations/bo/" + document.id() + ".json: malformed JSON at line 1"), all);
		assertTrue(all.contains("error: annotations/bo/no-such-doc.json: document no-such-doc does not exist"), all);
		assertTrue(all.contains("warning: documents/.x.json.1234.tmp: left-over temporary file"), all);
	}

	@Test
	void validateListsTheFindingsOfManyFilesInFileOrderThoughItReadsThemOnEveryCore() throws IOException {
		// 60 documents, each annotated by two annotators; every third set has a span outside its text: the errors
		// come file by file, as one reader would give them
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			corpus.addDocument(Document.of(String.format("m%02d", i), "m" + i, "Text number " + i + " of the test."));
		}
		for (String annotator : List.of("ann", "bea")) {
			for (int i = 0; i < 60; i++) {
				String id = String.format("m%02d", i);
				Document document = corpus.loadDocument(id);
				AnnotationSet set = corpus.loadSet(annotator, id);
				set.add(tag(document, "c", "claim", "number " + i));
				corpus.saveSet(set);
				if (i % 3 == 0) {
					Path file = corpus.setFile(annotator, id);
					Files.writeString(file, Files.readString(file).replaceFirst("\"end\":\\s*\\d+", "\"end\": 999"));
					expected.add("annotations/" + annotator + "/" + id + ".json");
				}
			}
		}
		List<String> files = corpus.validate().stream().filter(Finding::isError)
				.map(Finding::file).filter(f -> f.contains("/m")).distinct().toList();
		assertEquals(expected, files);
	}

	@Test
	void aCorpusWithoutSchemaFileUsesTheDefaultAndSaysSo() throws IOException {
		Files.delete(dir.resolve("schema.json"));
		Corpus opened = Corpus.open(dir);
		assertEquals(Schema.defaultSchema(), opened.schema());
		assertTrue(findings(opened.validate()).contains("warning: schema.json: is missing; the default schema is used"));
	}

	@Test
	void infoCountsDocumentsAnnotatorsAndTypes() throws IOException {
		Document document = article("000");
		corpus.saveSet(quoteSet(document));
		AnnotationSet bo = corpus.loadSet("bo", article("003").id());
		bo.add(tag(article("003"), "a1", "proposal", "this four-point proposal"));
		bo.add(tag(article("003"), "a2", "speaker", "Xi Jinping"));
		corpus.saveSet(bo);
		CorpusInfo info = corpus.info();
		assertEquals(5, info.documents());
		assertEquals(List.of("ana", "bo"), info.annotators());
		assertEquals(2, info.sets());
		assertEquals(4, info.annotations());
		assertEquals(1, info.relations());
		assertEquals(Long.valueOf(2), info.countsPerType().get("speaker"));
		assertEquals(Long.valueOf(1), info.countsPerType().get("proposal"));
		assertEquals(Long.valueOf(1), info.countsPerType().get("quote"));
	}

	@Test
	void aReplacedDocumentIsWrittenAtomicallyAndReadBack() throws IOException {
		Document document = article("000");
		corpus.addDocument(document.withText("short"));
		assertEquals("short", corpus.loadDocument(document.id()).text());
		try (Stream<Path> files = Files.list(dir.resolve("documents"))) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
		}
	}

	@Test
	void aDocumentWhoseHashDoesNotFitItsTextIsNotWritten() throws IOException {
		Document document = article("000");
		Document wrong = new Document(document.id(), "", "", Optional.empty(), "", "other text", document.sha256(),
				Provenance.manual());
		CorpusException e = assertThrows(CorpusException.class, () -> corpus.addDocument(wrong));
		assertTrue(e.getMessage().contains("sha256 is not the hash of its text"), e.getMessage());
		assertEquals(document.text(), corpus.loadDocument(document.id()).text());
	}

	@Test
	void aMissingDocumentIsAClearError() {
		CorpusException e = assertThrows(CorpusException.class, () -> corpus.loadDocument("nothing"));
		assertTrue(e.getMessage().contains("document nothing does not exist"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> corpus.loadDocument("../etc/passwd"));
	}
}

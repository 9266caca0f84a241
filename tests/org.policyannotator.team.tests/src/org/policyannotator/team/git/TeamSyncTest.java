package org.policyannotator.team.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two and three clones of a corpus around a bare repository, synchronising as colleagues would: after every
 * scenario each side's annotations are on both sides, or in a conflict the user is told about.
 */
class TeamSyncTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points. Both met twice.";

	@TempDir
	Path temp;
	private Path bare;
	private Path ana;
	private Path ben;

	@BeforeEach
	void aSharedCorpusAndTwoClones() throws Exception {
		Path original = temp.resolve("ana");
		Corpus corpus = Corpus.create(original, "news", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		corpus.addDocument(Document.of("old", "Old talks", TEXT));
		bare = temp.resolve("shared-drive/news.git");
		TeamRepository.share(original, Optional.of(bare.toString()), Optional.empty(), Progress.NONE).close();
		ana = original;
		ben = temp.resolve("ben");
		TeamRepository.clone(bare.toString(), ben, Optional.empty(), Progress.NONE).close();
	}

	private static Annotation tag(String id, String annotator, String type, String quote) {
		int start = TEXT.indexOf(quote);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + quote.length())), annotator,
				Instant.EPOCH);
	}

	private static void annotate(Path corpusDir, String annotator, String document, String type, String quote)
			throws Exception {
		Corpus corpus = Corpus.open(corpusDir);
		AnnotationSet set = corpus.loadSet(annotator, document);
		set.add(tag(set.newId(), annotator, type, quote));
		corpus.saveSet(set);
	}

	private static SyncResult sync(Path corpus) throws TeamException {
		try (TeamRepository team = TeamRepository.open(corpus)) {
			return team.sync("work", Optional.empty(), Progress.NONE);
		}
	}

	private static String types(Path corpus, String annotator, String document) throws Exception {
		return Corpus.open(corpus).loadSet(annotator, document).annotations().stream()
				.map(a -> a.id() + ":" + a.type() + ":" + TEXT.substring(a.start(), a.end())).sorted()
				.collect(Collectors.joining(" "));
	}

	@Test
	void threeAnnotatorsTaggingAtOnceAllSeeEveryonesSets() throws Exception {
		Path cy = temp.resolve("cy");
		TeamRepository.clone(bare.toString(), cy, Optional.empty(), Progress.NONE).close();
		annotate(ana, "ana", "doc", "speaker", "Xi");
		annotate(ben, "ben", "doc", "statistic", "24.5 percent");
		annotate(cy, "cy", "doc", "proposal", "four points");
		assertEquals(1, sync(ana).committed().size());
		sync(ben);
		sync(cy);
		sync(ana);
		sync(ben);
		for (Path side : List.of(ana, ben, cy)) {
			assertEquals("a1:speaker:Xi", types(side, "ana", "doc"));
			assertEquals("a1:statistic:24.5 percent", types(side, "ben", "doc"));
			assertEquals("a1:proposal:four points", types(side, "cy", "doc"));
		}
	}

	@Test
	void theSameSetEditedOnTwoClonesMergesAnnotationByAnnotation() throws Exception {
		annotate(ana, "curated", "doc", "speaker", "Xi");
		sync(ana);
		sync(ben);
		annotate(ana, "curated", "doc", "statistic", "24.5 percent");
		annotate(ben, "curated", "doc", "proposal", "four points");
		sync(ana);
		SyncResult merged = sync(ben);
		assertTrue(merged.conflicts().isEmpty(), merged.conflicts().toString());
		sync(ana);
		for (Path side : List.of(ana, ben)) {
			String set = types(side, "curated", "doc");
			assertTrue(set.contains("speaker:Xi") && set.contains("statistic:24.5 percent")
					&& set.contains("proposal:four points"), set);
			assertFalse(Files.readString(side.resolve("annotations/curated/doc.json")).contains("<<<<<<<"));
		}
	}

	@Test
	void aConflictingEditKeepsOursAndTellsTheUserWhereTheirsIs() throws Exception {
		annotate(ana, "curated", "doc", "speaker", "Xi");
		sync(ana);
		sync(ben);
		edit(ana, a -> a.withType("claim", Instant.EPOCH));
		edit(ben, a -> a.withNote("Ben's note", Instant.EPOCH));
		sync(ana);
		SyncResult result = sync(ben);
		assertEquals(1, result.conflicts().size(), result.toString());
		assertTrue(result.conflicts().get(0).startsWith("annotations/curated/doc.json: annotation a1"),
				result.conflicts().get(0));
		assertEquals("a1:speaker:Xi", types(ben, "curated", "doc"), "ben keeps his version");
		sync(ana);
		String conflicts = Files.readString(ana.resolve("annotations/curated/.doc.json.conflicts.json"));
		assertTrue(conflicts.contains("Ben's note") && conflicts.contains("claim"), conflicts);
		try (TeamRepository team = TeamRepository.open(ana)) {
			assertEquals(List.of("annotations/curated/.doc.json.conflicts.json"), team.status().conflictFiles());
		}
		try (TeamRepository team = TeamRepository.open(ben)) {
			long editsOfA1 = team.log(Optional.of("doc"), 50).stream().filter(e -> e.changes().stream()
					.anyMatch(c -> c.endsWith(": ~a1 claim") || c.endsWith(": ~a1 speaker"))).count();
			assertEquals(2, editsOfA1, "both edits of a1 are in the history, also the one the merge did not keep");
		}
	}

	private static void edit(Path corpusDir, java.util.function.UnaryOperator<Annotation> change) throws Exception {
		edit(corpusDir, "a1", change);
	}

	private static void edit(Path corpusDir, String id, java.util.function.UnaryOperator<Annotation> change)
			throws Exception {
		Corpus corpus = Corpus.open(corpusDir);
		AnnotationSet set = corpus.loadSet("curated", "doc");
		set.update(change.apply(set.annotation(id).orElseThrow()));
		corpus.saveSet(set);
	}

	@Test
	void aSecondConflictingMergeAddsToTheConflictsWaitingInsteadOfReplacingThem() throws Exception {
		annotate(ana, "curated", "doc", "speaker", "Xi");
		annotate(ana, "curated", "doc", "statistic", "24.5 percent");
		sync(ana);
		sync(ben);
		edit(ana, "a1", a -> a.withType("claim", Instant.EPOCH));
		edit(ben, "a1", a -> a.withNote("Ben on Xi", Instant.EPOCH));
		sync(ana);
		assertEquals(1, sync(ben).conflicts().size());
		edit(ana, "a2", a -> a.withType("claim", Instant.EPOCH));
		edit(ben, "a2", a -> a.withNote("Ben on the figure", Instant.EPOCH));
		sync(ana);
		SyncResult second = sync(ben);
		assertEquals(1, second.conflicts().size(), second.toString());
		String conflicts = Files.readString(ben.resolve("annotations/curated/.doc.json.conflicts.json"));
		assertTrue(conflicts.contains("\"a1\"") && conflicts.contains("\"a2\""), "both conflicts wait: " + conflicts);
		assertTrue(conflicts.contains("Ben on Xi") && conflicts.contains("Ben on the figure"), conflicts);
	}

	@Test
	void aSchemaChangeOnOneSideMeetsASchemaChangeOnTheOtherByTypeId() throws Exception {
		addTagType(ana, "promise");
		addTagType(ben, "rebuttal");
		sync(ana);
		SyncResult result = sync(ben);
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		sync(ana);
		for (Path side : List.of(ana, ben)) {
			Schema schema = Corpus.open(side).schema();
			assertTrue(schema.tagType("promise").isPresent() && schema.tagType("rebuttal").isPresent(),
					side + " has both new types");
		}
	}

	private static void addTagType(Path corpus, String id) throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		ObjectNode schema = (ObjectNode) mapper.readTree(corpus.resolve("schema.json").toFile());
		ArrayNode types = (ArrayNode) schema.get("tagTypes");
		ObjectNode type = types.get(0).deepCopy();
		type.put("id", id);
		type.put("label", id);
		type.remove("key");
		types.add(type);
		mapper.writerWithDefaultPrettyPrinter().writeValue(corpus.resolve("schema.json").toFile(), schema);
	}

	@Test
	void aDocumentDeletedOnOneSideButAnnotatedOnTheOtherIsKept() throws Exception {
		Corpus.open(ana).removeDocument("old");
		annotate(ben, "ben", "old", "speaker", "Xi");
		sync(ana);
		SyncResult result = sync(ben);
		assertTrue(result.conflicts().stream().anyMatch(c -> c.startsWith("documents/old.json: deleted on one side")),
				result.conflicts().toString());
		sync(ana);
		for (Path side : List.of(ana, ben)) {
			assertTrue(Corpus.open(side).hasDocument("old"), side.toString());
			assertEquals("a1:speaker:Xi", types(side, "ben", "old"));
		}
	}

	@Test
	void aPushRefusedBecauseTheRemoteMovedOnIsMergedAndTriedAgain() throws Exception {
		annotate(ana, "ana", "doc", "speaker", "Xi");
		annotate(ben, "ben", "doc", "claim", "Both met twice");
		boolean[] benPushed = { false };
		Progress benPushesFirst = new Progress() {
			@Override
			public void step(String what) {
				if (what.startsWith("Pushing") && !benPushed[0]) {
					benPushed[0] = true;
					try {
						sync(ben);
					} catch (TeamException e) {
						throw new AssertionError(e);
					}
				}
			}
		};
		SyncResult result;
		try (TeamRepository team = TeamRepository.open(ana)) {
			result = team.sync("ana's work", Optional.empty(), benPushesFirst);
		}
		assertEquals(2, result.attempts());
		assertTrue(result.received().contains("annotations/ben/doc.json"), result.received().toString());
		sync(ben);
		assertEquals("a1:speaker:Xi", types(ben, "ana", "doc"));
		assertEquals("a1:claim:Both met twice", types(ana, "ben", "doc"));
	}

	@Test
	void theHistoryOfADocumentSaysWhoChangedWhichAnnotationAndAnEarlierSetCanBeRestored() throws Exception {
		annotate(ana, "ana", "doc", "speaker", "Xi");
		sync(ana);
		annotate(ana, "ana", "doc", "statistic", "24.5 percent");
		sync(ana);
		try (TeamRepository team = TeamRepository.open(ana)) {
			List<HistoryEntry> history = team.log(Optional.of("doc"), 10);
			assertEquals("annotations/ana/doc.json: +a2 statistic", history.get(0).changes().get(0));
			assertEquals("annotations/ana/doc.json: +a1 speaker", history.get(1).changes().get(0));
			team.restore("annotations/ana/doc.json", history.get(1).commit());
		}
		assertEquals("a1:speaker:Xi", types(ana, "ana", "doc"));
	}

	@Test
	void cloningSomethingThatIsNotACorpusLeavesNothingBehind() throws Exception {
		Path empty = temp.resolve("empty.git");
		new ProcessBuilder("git", "init", "-q", "--bare", empty.toString()).start().waitFor();
		Path into = temp.resolve("into");
		TeamException e = assertThrows(TeamException.class,
				() -> TeamRepository.clone(empty.toString(), into, Optional.empty(), Progress.NONE));
		assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
		assertFalse(Files.exists(into));
	}

	@Test
	void aNetworkRemoteOnLoopbackServesTwoClones() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/lib/git-core/git-daemon")), "no git daemon");
		Path served = temp.resolve("served");
		Files.createDirectories(served);
		assertEquals(0, new ProcessBuilder("git", "init", "-q", "--bare", "-b", "main", served.resolve("news.git")
				.toString()).start().waitFor());
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process daemon = new ProcessBuilder("git", "daemon", "--export-all", "--enable=receive-pack",
				"--listen=127.0.0.1", "--port=" + port, "--reuseaddr", "--base-path=" + served, served.toString())
				.redirectErrorStream(true).redirectOutput(temp.resolve("daemon.log").toFile()).start();
		try {
			waitForPort(port);
			String url = "git://127.0.0.1:" + port + "/news.git";
			Path one = Colleagues.corpus(temp.resolve("one"));
			TeamRepository.share(one, Optional.of(url), Optional.empty(), Progress.NONE).close();
			Path two = temp.resolve("two");
			TeamRepository.clone(url, two, Optional.empty(), Progress.NONE).close();
			Colleagues.exchange(one, two, Optional.empty());
		} finally {
			daemon.destroy();
			daemon.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static void waitForPort(int port) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			} catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("git daemon did not start on port " + port);
	}
}

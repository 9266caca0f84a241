package org.policyannotator.team.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SetFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.TeamRepository;

/**
 * The copies Dropbox, OneDrive and Syncthing leave when two machines changed a set: found by their names (OneDrive's
 * only when the file says it is the original's), and merged into the original annotation by annotation.
 */
class ConflictedCopiesTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points.";

	@TempDir
	Path temp;
	private Path corpus;
	private Path set;

	@BeforeEach
	void aCorpusWithASet() throws Exception {
		corpus = temp.resolve("news");
		Corpus c = Corpus.create(corpus, "news", Schema.defaultSchema());
		c.addDocument(Document.of("doc", "Talks", TEXT));
		c.addDocument(Document.of("doc-EU", "Talks in the EU", TEXT));
		AnnotationSet ana = c.loadSet("ana", "doc");
		ana.add(tag("a1", "claim", "Xi said"));
		c.saveSet(ana);
		set = c.setFile("ana", "doc");
	}

	@Test
	void theNamesOfDropboxOneDriveAndSyncthingCopiesAreFoundBesideTheirOriginals() throws Exception {
		for (String name : List.of("doc (conflicted copy 2026-12-04).json", "doc (Ben's conflicted copy).json",
				"doc.sync-conflict-20261204-101010-ABCDEFG.json", "doc-DESKTOP-ABC.json")) {
			Files.copy(set, set.resolveSibling(name));
		}
		AnnotationSet eu = Corpus.open(corpus).loadSet("ana", "doc-EU");
		eu.add(tag("a1", "claim", "Xi said"));
		Corpus.open(corpus).saveSet(eu);
		Files.writeString(set.resolveSibling("doc (notes).json"), "{}");

		List<ConflictedCopies.Copy> copies = ConflictedCopies.find(corpus);

		assertEquals(List.of(
				"annotations/ana/doc (Ben's conflicted copy).json Dropbox",
				"annotations/ana/doc (conflicted copy 2026-12-04).json Dropbox",
				"annotations/ana/doc-DESKTOP-ABC.json OneDrive",
				"annotations/ana/doc.sync-conflict-20261204-101010-ABCDEFG.json Syncthing"),
				copies.stream().map(c -> c.copy() + " " + c.service()).toList(),
				"doc-EU.json is a set of its own document, doc (notes).json no sync service's name");
		assertTrue(copies.stream().allMatch(c -> c.original().equals("annotations/ana/doc.json")));
	}

	@Test
	void aCopyIsMergedAnnotationByAnnotationIntoItsOriginalAndDeleted() throws Exception {
		Path copy = set.resolveSibling("doc (Ben's conflicted copy 2026-12-04).json");
		AnnotationSet theirs = SetFiles.decode(Files.readAllBytes(set), set);
		theirs.add(tag("a2", "statistic", "24.5 percent"));
		Files.write(copy, SetFiles.encode(theirs));
		AnnotationSet ours = Corpus.open(corpus).loadSet("ana", "doc");
		ours.add(tag("a2", "proposal", "four points"));
		Corpus.open(corpus).saveSet(ours);

		ConflictedCopies.Resolution resolution = ConflictedCopies.resolve(corpus,
				ConflictedCopies.find(corpus).get(0));

		assertEquals(List.of(), resolution.conflicts());
		assertEquals("claim:Xi said proposal:four points statistic:24.5 percent", quotes());
		assertFalse(Files.exists(copy));
		assertEquals(List.of(), ConflictedCopies.find(corpus));
	}

	@Test
	void inASharedCorpusBothChangingOneAnnotationIsAConflictTheComparisonEditorResolves() throws Exception {
		TeamRepository.share(corpus, Optional.empty(), Optional.empty(), Progress.NONE).close();
		Path copy = set.resolveSibling("doc.sync-conflict-20261204-101010-ABCDEFG.json");
		AnnotationSet theirs = SetFiles.decode(Files.readAllBytes(set), set);
		theirs.update(theirs.annotation("a1").orElseThrow().withType("statistic", Instant.EPOCH));
		Files.write(copy, SetFiles.encode(theirs));
		AnnotationSet ours = Corpus.open(corpus).loadSet("ana", "doc");
		ours.update(ours.annotation("a1").orElseThrow().withNote("checked", Instant.EPOCH));
		Corpus.open(corpus).saveSet(ours);
		try (TeamRepository team = TeamRepository.open(corpus)) {
			assertEquals(List.of("annotations/ana/doc.sync-conflict-20261204-101010-ABCDEFG.json (Syncthing copy of "
					+ "annotations/ana/doc.json)"), team.status().conflictedCopies());
		}

		ConflictedCopies.Resolution resolution = ConflictedCopies.resolve(corpus,
				ConflictedCopies.find(corpus).get(0));

		assertEquals(1, resolution.conflicts().size(), resolution.toString());
		assertTrue(resolution.conflicts().get(0).startsWith("annotations/ana/doc.json: annotation a1"));
		assertEquals("claim:Xi said", quotes(), "ours is kept");
		assertTrue(Files.readString(set.resolveSibling(".doc.json.conflicts.json")).contains("statistic"),
				"theirs is in the conflict file");
		assertFalse(Files.exists(copy));
	}

	private static Annotation tag(String id, String type, String quote) {
		int start = TEXT.indexOf(quote);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + quote.length())), "ana", Instant.EPOCH);
	}

	private String quotes() throws Exception {
		return Corpus.open(corpus).loadSet("ana", "doc").annotations().stream()
				.map(a -> a.type() + ":" + TEXT.substring(a.start(), a.end())).sorted()
				.collect(Collectors.joining(" "));
	}
}

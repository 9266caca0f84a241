package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.testing.SmallDisk;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.Schema;

/**
 * Writes on a full or read-only disk, for real: a small tmpfs is mounted for each test (root on Linux; elsewhere the tests are
 * skipped with a message). Afterwards the previous saved state is intact, nothing half-made is left, and the message
 * names the file and says the disk is full.
 */
class FileSystemFaultsTest {
	@TempDir
	Path temp;
	private Path disk;
	private boolean mounted;

	@BeforeEach
	void mountASmallDisk() throws Exception {
		disk = temp.resolve("disk");
		Files.createDirectories(disk);
		SmallDisk.mount(disk, "96k");
		mounted = true;
	}

	@AfterEach
	void unmount() throws Exception {
		if (mounted) {
			SmallDisk.unmount(disk);
		}
	}

	private void fill() throws IOException {
		byte[] block = new byte[4096];
		for (int i = 0; ; i++) {
			try {
				Files.write(disk.resolve("filler-" + i), block);
			} catch (IOException full) {
				return;
			}
		}
	}

	@Test
	void creatingACorpusOnAFullDiskLeavesNothingBehind() throws IOException {
		fill();
		Path folder = disk.resolve("new-corpus");
		CorpusException e = assertThrows(CorpusException.class,
				() -> Corpus.create(folder, "New", Schema.defaultSchema()));
		assertTrue(e.getMessage().startsWith(folder.toString() + ": cannot create the corpus"), e.getMessage());
		assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
		assertFalse(e.getMessage().contains("java.nio"), e.getMessage());
		assertFalse(Files.exists(folder), "a half-made corpus folder was left");
		try (Stream<Path> files = Files.list(disk)) {
			assertTrue(files.allMatch(p -> p.getFileName().toString().startsWith("filler-")));
		}
	}

	@Test
	void anEmptyFolderGivenForANewCorpusStaysEmpty() throws IOException {
		Path folder = Files.createDirectory(disk.resolve("given"));
		fill();
		assertThrows(CorpusException.class, () -> Corpus.create(folder, "New", Schema.defaultSchema()));
		assertTrue(Files.isDirectory(folder));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(0, files.count(), "the folder must be as empty as it was, to be used again");
		}
	}

	@Test
	void savingOnAFullDiskKeepsThePreviousSetAndNamesTheFile() throws IOException {
		Corpus corpus = Corpus.create(disk.resolve("c"), "C", Schema.defaultSchema());
		String text = "Trade rose 24.5 percent, said Chen Xin. ".repeat(20);
		corpus.addDocument(Document.of("d", "T", text));
		AnnotationSet set = corpus.loadSet("ana", "d");
		set.add(Annotation.of("a1", "statistic", List.of(Span.of(text, 11, 24)), "ana", Instant.EPOCH));
		corpus.saveSet(set);
		Path file = disk.resolve("c/annotations/ana/d.json");
		byte[] saved = Files.readAllBytes(file);
		fill();
		List<Annotation> many = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			many.add(Annotation.of("b" + i, "claim", List.of(Span.of(text, 0, 10)), "ana", Instant.EPOCH));
		}
		many.forEach(set::add);
		CorpusException e = assertThrows(CorpusException.class, () -> corpus.saveSet(set));
		assertTrue(e.getMessage().startsWith(file.toString() + ": cannot save the annotations"), e.getMessage());
		assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
		assertFalse(e.getMessage().contains(".tmp"), "the hidden temporary file is no name for a user: " + e.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(file), "the previous saved set must be intact");
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
					"no temporary file may be left");
		}
	}

	@Test
	void aReadOnlyFileSystemIsNamedAndNothingChanges() throws Exception {
		Corpus corpus = Corpus.create(disk.resolve("c"), "C", Schema.defaultSchema());
		String text = "Trade rose 24.5 percent, said Chen Xin.";
		corpus.addDocument(Document.of("d", "T", text));
		AnnotationSet set = corpus.loadSet("ana", "d");
		set.add(Annotation.of("a1", "statistic", List.of(Span.of(text, 11, 24)), "ana", Instant.EPOCH));
		corpus.saveSet(set);
		Path file = disk.resolve("c/annotations/ana/d.json");
		byte[] saved = Files.readAllBytes(file);
		SmallDisk.makeReadOnly(disk);
		set.add(Annotation.of("a2", "claim", List.of(Span.of(text, 0, 5)), "ana", Instant.EPOCH));
		CorpusException save = assertThrows(CorpusException.class, () -> corpus.saveSet(set));
		assertTrue(save.getMessage().startsWith(file.toString() + ": cannot save the annotations: "), save.getMessage());
		assertTrue(save.getMessage().contains("Read-only file system"), save.getMessage());
		CorpusException add = assertThrows(CorpusException.class,
				() -> corpus.addDocument(Document.of("e", "E", "More text.")));
		assertTrue(add.getMessage().contains("Read-only file system"), add.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(file));
		assertEquals(List.of("d"), Corpus.open(disk.resolve("c")).documentIds());
	}
}

package org.policyannotator.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.FileStamp;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SetLockedException;
import org.policyannotator.model.schema.Schema;

class AtomicFilesTest {
	@TempDir
	Path dir;

	/** Simulated crash: thrown by the hook, never caught by the code under test. */
	private static final class Crash extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	@AfterEach
	void resetHook() {
		AtomicFiles.setCrashHook(point -> {
		});
	}

	private List<String> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(AtomicFiles::isTemporary).toList();
		}
	}

	@Test
	void writeCreatesTheFileAndReturnsItsStamp() throws IOException {
		Path file = dir.resolve("sub/x.json");
		FileStamp stamp = AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(file));
		assertEquals(AtomicFiles.stamp(file).orElseThrow(), stamp);
		assertEquals(3, stamp.size());
	}

	@ParameterizedTest
	@EnumSource(value = CrashPoint.class, names = { "PARTIALLY_WRITTEN", "WRITTEN", "FLUSHED" })
	void aCrashBeforeTheRenameLeavesTheOldFileIntact(CrashPoint point) throws IOException {
		Path file = dir.resolve("set.json");
		byte[] old = CrashingWriter.version(1, 100_000);
		AtomicFiles.write(file, old);
		AtomicFiles.setCrashHook(p -> {
			if (p == point) {
				throw new Crash();
			}
		});
		assertThrows(Crash.class, () -> AtomicFiles.write(file, CrashingWriter.version(2, 200_000)));
		assertArrayEquals(old, Files.readAllBytes(file));
		assertEquals(List.of(), temporaryFiles(), "the temporary file is removed when the write fails");
	}

	@Test
	void aCrashAfterTheRenameLeavesTheNewFileComplete() throws IOException {
		Path file = dir.resolve("set.json");
		AtomicFiles.write(file, CrashingWriter.version(1, 1000));
		AtomicFiles.setCrashHook(p -> {
			if (p == CrashPoint.RENAMED) {
				throw new Crash();
			}
		});
		assertThrows(Crash.class, () -> AtomicFiles.write(file, CrashingWriter.version(2, 1000)));
		assertEquals(2, CrashingWriter.check(Files.readAllBytes(file)));
	}

	@Test
	void aFailingWriteInAReadOnlyFolderLeavesTheOldFile() throws IOException {
		Path file = dir.resolve("ro/set.json");
		AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
		File folder = file.getParent().toFile();
		assumeTrue(folder.setWritable(false), "cannot make a folder read-only here");
		try {
			assumeTrue(!Files.isWritable(file.getParent()), "running as a user who can write anyway (root)");
			assertThrows(IOException.class, () -> AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8)));
			assertEquals("old", Files.readString(file));
		} finally {
			folder.setWritable(true);
		}
	}

	private static String classPath() throws Exception {
		List<String> entries = new ArrayList<>();
		for (Class<?> type : List.of(AtomicFiles.class, CrashingWriter.class)) {
			URL location = type.getProtectionDomain().getCodeSource().getLocation();
			assumeTrue(location.getProtocol().equals("file"), "classes are not in plain folders or jars here");
			Path entry = Path.of(location.toURI());
			boolean usable = Files.isRegularFile(entry)
					|| Files.isRegularFile(entry.resolve(type.getName().replace('.', '/') + ".class"));
			assumeTrue(usable, "cannot build a class path for a child JVM from " + entry);
			entries.add(entry.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	private Process child(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", classPath(), CrashingWriter.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	@ParameterizedTest
	@EnumSource(CrashPoint.class)
	void aProcessKilledAtAnyPointOfTheWriteLeavesOneCompleteVersion(CrashPoint point) throws Exception {
		Path file = dir.resolve("set.json");
		AtomicFiles.write(file, CrashingWriter.version(1, 1_000_000));
		Process process = child("halt", file.toString(), point.name());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(137, process.exitValue(), new String(process.getInputStream().readAllBytes()));
		assertFalse(Files.exists(dir.resolve("not-reached")));
		int version = CrashingWriter.check(Files.readAllBytes(file));
		assertEquals(point == CrashPoint.RENAMED ? 2 : 1, version, "after a kill at " + point);
	}

	@Test
	void aSetLockedByAnotherProcessIsNotWrittenUntilThatProcessEnds() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("corpus"), "c", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "d", "Chen Xin spoke."));
		AnnotationSet set = corpus.loadSet("ana", "doc");
		set.add(Annotation.of("a1", "speaker", List.of(Span.of("Chen Xin spoke.", 0, 8)), "ana", Instant.EPOCH));
		Path file = corpus.setFile("ana", "doc");
		Files.createDirectories(file.getParent());
		Process process = child("lock", file.toString());
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
			assertEquals("locked", out.readLine());
			assertThrows(SetLockedException.class, () -> corpus.saveSet(set));
			assertFalse(Files.exists(file));
		} finally {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
		corpus.saveSet(set);
		assertEquals(1, corpus.loadSet("ana", "doc").size());
	}

	@Test
	void aWriterKilledAtRandomMomentsNeverLeavesATornFile() throws Exception {
		Path file = dir.resolve("set.json");
		for (int round = 0; round < 4; round++) {
			Process process = child("loop", file.toString(), "2000000");
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
				assertEquals("ready", out.readLine());
				Thread.sleep(50 + 70L * round);
				process.destroyForcibly();
				assertTrue(process.waitFor(30, TimeUnit.SECONDS));
			}
			int version = CrashingWriter.check(Files.readAllBytes(file));
			assertTrue(version >= 1, "round " + round + ": the file is torn");
		}
	}
}

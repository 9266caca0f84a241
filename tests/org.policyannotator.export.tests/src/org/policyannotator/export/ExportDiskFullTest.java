package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.testing.SmallDisk;
import org.policyannotator.model.corpus.Corpus;

/**
 * An export onto a full disk, for real (a small tmpfs; root on Linux, else skipped with a message): the message
 * names the export's file and says the disk is full, no temporary file is left, an earlier export is unchanged.
 */
class ExportDiskFullTest {
	@TempDir
	Path dir;
	private Path disk;
	private boolean mounted;

	@BeforeEach
	void mountASmallDisk() throws Exception {
		disk = Files.createDirectories(dir.resolve("disk"));
		SmallDisk.mount(disk, "64k");
		mounted = true;
	}

	@AfterEach
	void unmount() throws Exception {
		if (mounted) {
			SmallDisk.unmount(disk);
		}
	}

	@Test
	void aFullDiskIsNamedWithTheExportFileAndTheOldExportStays() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		Path target = disk.resolve("dataset.jsonl");
		byte[] earlier = "an earlier export\n".getBytes();
		Files.write(target, earlier);
		ExportException e = assertThrows(ExportException.class, () -> Exporter.export(
				DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.NATIVE, target, ExportProgress.NONE));
		assertTrue(e.getMessage().startsWith(target + ": cannot write the export: No space left on device"),
				e.getMessage());
		assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
		assertArrayEquals(earlier, Files.readAllBytes(target));
		try (Stream<Path> files = Files.list(disk)) {
			assertEquals(List.of(target), files.toList());
		}
	}
}

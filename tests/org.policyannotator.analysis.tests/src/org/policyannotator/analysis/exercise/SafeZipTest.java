package org.policyannotator.analysis.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted zips are refused with a message naming the zip and the entry, and leave nothing behind. */
class SafeZipTest {
	@TempDir
	Path dir;

	private UnsafeZipException refused(Path zip) {
		Path target = dir.resolve("out");
		UnsafeZipException e = assertThrows(UnsafeZipException.class,
				() -> SafeZip.extract(zip, target, ZipLimits.DEFAULT));
		assertFalse(Files.exists(target), "nothing half-written");
		assertTrue(e.getMessage().startsWith(zip.toString()), e.getMessage());
		return e;
	}

	@Test
	void aHarmlessZipIsExtractedWithItsFolders() throws Exception {
		Path zip = HostileZips.zip(dir.resolve("ok.zip"), "corpus.json", "documents/d1.json");
		assertEquals(List.of("corpus.json", "documents/d1.json"),
				SafeZip.extract(zip, dir.resolve("out"), ZipLimits.DEFAULT));
		assertEquals("content of documents/d1.json",
				Files.readString(dir.resolve("out/documents/d1.json"), StandardCharsets.UTF_8));
	}

	@Test
	void anEntryEscapingWithDotDotIsRefused() throws Exception {
		Path zip = HostileZips.zip(dir.resolve("evil.zip"), "corpus.json", "documents/../../escaped.txt");
		UnsafeZipException e = refused(zip);
		assertTrue(e.getMessage().contains("\"documents/../../escaped.txt\"") && e.getMessage().contains(".."),
				e.getMessage());
		assertFalse(Files.exists(dir.resolve("escaped.txt")));
		assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
	}

	@Test
	void absolutePathsAndDriveLettersAreRefused() throws Exception {
		assertTrue(refused(HostileZips.zip(dir.resolve("a.zip"), "/tmp/evil.txt")).getMessage()
				.contains("absolute path"));
		assertTrue(refused(HostileZips.zip(dir.resolve("c.zip"), "C:/Windows/evil.txt")).getMessage()
				.contains("absolute path"));
		assertTrue(refused(HostileZips.zip(dir.resolve("b.zip"), "documents\\..\\..\\evil.txt")).getMessage()
				.contains("'\\'"));
	}

	@Test
	void symbolicLinkEntriesAreRefused() throws Exception {
		Path zip = HostileZips.symlink(dir.resolve("link.zip"), "documents/d1.json", "/etc/passwd");
		UnsafeZipException e = refused(zip);
		assertTrue(e.getMessage().contains("\"documents/d1.json\": is a symbolic link"), e.getMessage());
	}

	@Test
	void duplicateNamesAreRefused() throws Exception {
		Path zip = HostileZips.duplicate(dir.resolve("dup.zip"), "corpus.json", "corpus.jsoo");
		assertTrue(refused(zip).getMessage().contains("\"corpus.json\": occurs twice"));
		Path cased = HostileZips.zip(dir.resolve("case.zip"), "documents/D1.json", "documents/d1.json");
		assertTrue(refused(cased).getMessage().contains("occurs twice"));
	}

	@Test
	void moreThanTenThousandEntriesAreRefusedBeforeExtracting() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i <= 10_000; i++) {
			entries.put("documents/d" + i + ".json", new byte[0]);
		}
		Path zip = HostileZips.zip(dir.resolve("many.zip"), entries);
		assertTrue(refused(zip).getMessage().contains("10001 entries, more than the limit of 10000"));
	}

	@Test
	void aZipBombIsStoppedWhileInflatingAnEntry() throws Exception {
		// 150 MB of zeros deflate to about 150 KB; the per-entry limit is 100 MB
		Path zip = HostileZips.bomb(dir.resolve("bomb.zip"), 1, 150);
		assertTrue(Files.size(zip) < 1_000_000);
		UnsafeZipException e = refused(zip);
		assertTrue(e.getMessage().contains("\"documents/zeros-0.json\": inflates to more than 104857600 bytes"),
				e.getMessage());
	}

	@Test
	void entriesTogetherAboveTheTotalLimitAreRefused() throws Exception {
		// 3 x 80 MB: each entry is under 100 MB, together over 200 MB
		Path zip = HostileZips.bomb(dir.resolve("total.zip"), 3, 80);
		UnsafeZipException e = refused(zip);
		assertTrue(e.getMessage().contains("\"documents/zeros-2.json\": makes the zip inflate to more than"),
				e.getMessage());
	}

	@Test
	void sizesAreCountedWhileInflatingNotTakenFromTheHeaders() throws Exception {
		Path zip = HostileZips.bomb(dir.resolve("liar.zip"), 1, 3);
		HostileZips.lieAboutSizes(zip, 100);
		Path target = dir.resolve("out");
		assertThrows(UnsafeZipException.class,
				() -> SafeZip.extract(zip, target, new ZipLimits(10, 1 << 20, 10 << 20)));
		assertFalse(Files.exists(target));
	}

	@Test
	void aFileThatIsNoZipIsRefusedNamingIt() throws Exception {
		Path zip = Files.writeString(dir.resolve("notes.zip"), "these are my notes, not a zip");
		assertTrue(refused(zip).getMessage().contains("not a zip file"));
	}
}

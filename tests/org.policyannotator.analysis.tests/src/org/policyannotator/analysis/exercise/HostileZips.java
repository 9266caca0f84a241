package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips the way an attacker would: crafted names, links, duplicates, bombs. */
final class HostileZips {
	private HostileZips() {
	}

	/** A zip with the given entries in this order (names as given, no checks). */
	static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

	/** A zip with one small text entry per name. */
	static Path zip(Path file, String... names) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (String name : names) {
			entries.put(name, ("content of " + name).getBytes(StandardCharsets.UTF_8));
		}
		return zip(file, entries);
	}

	/** A zip whose entry {@code name} is a Unix symbolic link to {@code target}. */
	static Path symlink(Path file, String name, String target) throws IOException {
		zip(file, Map.of(name, target.getBytes(StandardCharsets.UTF_8)));
		byte[] bytes = Files.readAllBytes(file);
		ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (b.getInt(i) == 0x02014b50) {
				b.putShort(i + 4, (short) ((3 << 8) | 20)); // made by Unix
				b.putInt(i + 38, 0120777 << 16); // S_IFLNK | 0777
			}
		}
		Files.write(file, bytes);
		return file;
	}

	/** A zip with two different entries that both carry the name {@code name} (same length as {@code other}). */
	static Path duplicate(Path file, String name, String other) throws IOException {
		if (name.length() != other.length()) {
			throw new IllegalArgumentException("names must have the same length");
		}
		zip(file, name, other);
		String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
		Files.write(file, bytes.replace(other, name).getBytes(StandardCharsets.ISO_8859_1));
		return file;
	}

	/** A zip of {@code entries} entries of {@code megabytes} MB of zeros each: small on disk, huge inflated. */
	static Path bomb(Path file, int entries, int megabytes) throws IOException {
		byte[] zeros = new byte[1 << 20];
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int e = 0; e < entries; e++) {
				zip.putNextEntry(new ZipEntry("documents/zeros-" + e + ".json"));
				for (int m = 0; m < megabytes; m++) {
					zip.write(zeros);
				}
				zip.closeEntry();
			}
		}
		return file;
	}

	/** Rewrites the uncompressed size that the central directory and local header claim for every entry. */
	static void lieAboutSizes(Path file, int claimed) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (b.getInt(i) == 0x02014b50) {
				b.putInt(i + 24, claimed);
			}
		}
		Files.write(file, bytes);
	}
}

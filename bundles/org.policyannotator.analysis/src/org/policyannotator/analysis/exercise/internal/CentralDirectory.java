package org.policyannotator.analysis.exercise.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.policyannotator.analysis.exercise.UnsafeZipException;
import org.policyannotator.analysis.exercise.ZipLimits;

/**
 * Reads the central directory of a zip by hand, because {@link java.util.zip.ZipFile} does not tell the Unix file
 * type of an entry (a symbolic link) and would build its index of a huge directory before any limit is checked.
 * Zip64 archives are refused (no exercise needs more than 65,535 entries or 4 GB).
 */
final class CentralDirectory {
	private static final int EOCD = 0x06054b50;
	private static final int CEN = 0x02014b50;
	private static final int UNIX = 3;
	private static final int TYPE_MASK = 0xF000;
	private static final int SYMLINK = 0xA000;

	/** One entry as the central directory describes it. */
	record Entry(String name, boolean symlink) {
	}

	private CentralDirectory() {
	}

	static List<Entry> read(Path zip, ZipLimits limits) throws IOException {
		try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
			long size = channel.size();
			int tailLength = (int) Math.min(size, 22 + 65_535);
			if (tailLength < 22) {
				throw new UnsafeZipException(zip, "not a zip file (too short)");
			}
			ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
			channel.read(tail, size - tailLength);
			int eocd = -1;
			for (int i = tailLength - 22; i >= 0; i--) {
				if (tail.getInt(i) == EOCD) {
					eocd = i;
					break;
				}
			}
			if (eocd < 0) {
				throw new UnsafeZipException(zip, "not a zip file (no end of central directory)");
			}
			int total = Short.toUnsignedInt(tail.getShort(eocd + 10));
			long cdSize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
			long cdOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
			if (total == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
				throw new UnsafeZipException(zip, "zip64 archives are not accepted (more than 65,535 entries or 4 GB)");
			}
			if (total > limits.maxEntries()) {
				throw new UnsafeZipException(zip, "has " + total + " entries, more than the limit of "
						+ limits.maxEntries());
			}
			if (cdOffset + cdSize > size || cdSize > 64L << 20) {
				throw new UnsafeZipException(zip, "not a valid zip file (central directory out of bounds)");
			}
			ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
			channel.read(cd, cdOffset);
			List<Entry> entries = new ArrayList<>();
			int pos = 0;
			for (int n = 0; n < total; n++) {
				if (pos + 46 > cdSize || cd.getInt(pos) != CEN) {
					throw new UnsafeZipException(zip, "not a valid zip file (broken central directory)");
				}
				int madeBy = Short.toUnsignedInt(cd.getShort(pos + 4)) >> 8;
				int nameLength = Short.toUnsignedInt(cd.getShort(pos + 28));
				int extraLength = Short.toUnsignedInt(cd.getShort(pos + 30));
				int commentLength = Short.toUnsignedInt(cd.getShort(pos + 32));
				long external = Integer.toUnsignedLong(cd.getInt(pos + 38));
				if (pos + 46 + nameLength > cdSize) {
					throw new UnsafeZipException(zip, "not a valid zip file (broken central directory)");
				}
				byte[] name = new byte[nameLength];
				cd.get(pos + 46, name);
				boolean symlink = madeBy == UNIX && ((external >>> 16) & TYPE_MASK) == SYMLINK;
				entries.add(new Entry(new String(name, StandardCharsets.UTF_8), symlink));
				pos += 46 + nameLength + extraLength + commentLength;
			}
			return entries;
		}
	}
}

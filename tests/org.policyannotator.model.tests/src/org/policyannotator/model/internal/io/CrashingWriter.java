package org.policyannotator.model.internal.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process for {@link AtomicFilesTest}: {@code loop <file> <bytes>} rewrites the file forever with complete,
 * self-checking versions; {@code halt <file> <point>} writes a new version and dies (Runtime.halt, like a kill -9)
 * at the given crash point; {@code lock <file>} holds the set lock of the file for a minute.
 */
public final class CrashingWriter {
	private CrashingWriter() {
	}

	/** A complete version: a header, {@code size} filler bytes and an end marker. */
	static byte[] version(int n, int size) {
		StringBuilder b = new StringBuilder(size + 64);
		b.append("version ").append(n).append(" length ").append(size).append('\n');
		char filler = (char) ('a' + n % 26);
		b.append(String.valueOf(filler).repeat(size));
		b.append("\nEND\n");
		return b.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** The version number if {@code bytes} is a complete version, -1 if torn. */
	static int check(byte[] bytes) {
		String s = new String(bytes, StandardCharsets.US_ASCII);
		int newline = s.indexOf('\n');
		if (newline < 0 || !s.endsWith("\nEND\n")) {
			return -1;
		}
		String[] header = s.substring(0, newline).split(" ");
		int n = Integer.parseInt(header[1]);
		int size = Integer.parseInt(header[3]);
		char filler = (char) ('a' + n % 26);
		if (s.length() != newline + 1 + size + 5) {
			return -1;
		}
		for (int i = newline + 1; i < newline + 1 + size; i++) {
			if (s.charAt(i) != filler) {
				return -1;
			}
		}
		return n;
	}

	/** Entry point of the child JVM. */
	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[1]);
		if (args[0].equals("loop")) {
			int size = Integer.parseInt(args[2]);
			for (int n = 1;; n++) {
				AtomicFiles.write(file, version(n, size));
				if (n == 1) {
					System.out.println("ready");
					System.out.flush();
				}
			}
		}
		if (args[0].equals("lock")) {
			try (SetLock lock = SetLock.tryLock(file).orElseThrow()) {
				System.out.println("locked");
				System.out.flush();
				Thread.sleep(60_000);
				lock.hashCode();
			}
			return;
		}
		CrashPoint point = CrashPoint.valueOf(args[2]);
		AtomicFiles.setCrashHook(p -> {
			if (p == point) {
				Runtime.getRuntime().halt(137);
			}
		});
		AtomicFiles.write(file, version(2, 1_000_000));
		Files.writeString(file.resolveSibling("not-reached"), "the crash hook did not fire");
	}
}

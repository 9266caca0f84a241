package org.policyannotator.importer.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.policyannotator.importer.ImportException;
import org.policyannotator.importer.ImportProblem;

/** Refuses bytes that are not text (empty, binary, known non-text formats) before anything tries to decode them. */
public final class InputInspector {
	private static final int SAMPLE = 64 * 1024;

	private InputInspector() {
	}

	/**
	 * Checks that {@code bytes} can be text.
	 *
	 * @return UTF-16LE or UTF-16BE when the bytes look like UTF-16 without a byte order mark
	 * @throws ImportException {@link ImportProblem#EMPTY} or {@link ImportProblem#BINARY}
	 */
	public static Optional<Charset> requireText(byte[] bytes, String source) throws ImportException {
		if (bytes.length == 0) {
			throw new ImportException(source, ImportProblem.EMPTY, "the file is empty (0 bytes)");
		}
		Optional<String> kind = knownBinaryFormat(bytes);
		if (kind.isPresent()) {
			throw new ImportException(source, ImportProblem.BINARY,
					"this is " + kind.get() + ", not an HTML page or a text file");
		}
		if (hasBom(bytes)) {
			return Optional.empty();
		}
		Optional<Charset> utf16 = utf16WithoutBom(bytes);
		if (utf16.isPresent()) {
			return utf16;
		}
		int n = Math.min(bytes.length, SAMPLE);
		int nul = 0;
		int control = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				nul++;
			} else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
				control++;
			}
		}
		if (nul > 0 && nul * 200 >= n || nul >= 16) {
			throw new ImportException(source, ImportProblem.BINARY,
					"the file is binary, not text (it contains " + nul + " NUL bytes in its first " + n + " bytes)");
		}
		if (control * 20 > n) {
			throw new ImportException(source, ImportProblem.BINARY, "the file is binary, not text ("
					+ (control * 100 / n) + "% of its first " + n + " bytes are control characters)");
		}
		return Optional.empty();
	}

	private static boolean hasBom(byte[] b) {
		return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE);
	}

	private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
		int n = Math.min(bytes.length, 4096) & ~1;
		if (n < 8) {
			return Optional.empty();
		}
		int evenZero = 0;
		int oddZero = 0;
		for (int i = 0; i < n; i += 2) {
			if (bytes[i] == 0) {
				evenZero++;
			}
			if (bytes[i + 1] == 0) {
				oddZero++;
			}
		}
		int pairs = n / 2;
		if (oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs) {
			return Optional.of(StandardCharsets.UTF_16LE);
		}
		if (evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs) {
			return Optional.of(StandardCharsets.UTF_16BE);
		}
		return Optional.empty();
	}

	private static Optional<String> knownBinaryFormat(byte[] b) {
		if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("a PDF file (import it without --format/--encoding, or check that it is a real PDF)");
		}
		if (startsWith(b, 'P', 'K', 3, 4)) {
			return Optional.of("a ZIP archive (or a .docx/.odt/.epub file, which is one)");
		}
		if (startsWith(b, 0x1F, 0x8B)) {
			return Optional.of("a gzip-compressed file (unpack it first)");
		}
		if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
			return Optional.of("an image");
		}
		if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
			return Optional.of("an old Microsoft Office document");
		}
		if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
			return Optional.of("an executable program");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}

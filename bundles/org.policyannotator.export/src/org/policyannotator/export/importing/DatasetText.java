package org.policyannotator.export.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a dataset file as text the way other tools write it: UTF-8, with or without a byte order mark (Windows
 * Notepad writes one), or UTF-16 after its byte order mark. Bytes that are not valid text fail with the file, the
 * line and what to do, instead of the decoder's "Input length = 1".
 */
final class DatasetText {
	private static final int BUFFER = 1 << 16;

	private DatasetText() {
	}

	/** A reader of the whole file, positioned after any byte order mark. */
	static BufferedReader open(Path file) throws IOException {
		InputStream in;
		try {
			in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
		} catch (NoSuchFileException e) {
			throw new ImportException(List.of(file + ": does not exist"));
		}
		Charset charset = skipByteOrderMark(in);
		var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new BufferedReader(new Checked(new InputStreamReader(in, decoder), file, charset), BUFFER);
	}

	/** Up to {@code limit} characters from the start of the file, for recognising its format; never fails on bytes. */
	static String head(Path file, int limit) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			Charset charset = skipByteOrderMark(in);
			return new String(in.readNBytes(limit), charset);
		}
	}

	private static Charset skipByteOrderMark(InputStream in) throws IOException {
		in.mark(3);
		int b0 = in.read();
		int b1 = in.read();
		int b2 = in.read();
		if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		in.reset();
		if (b0 == 0xFF && b1 == 0xFE) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16LE;
		}
		if (b0 == 0xFE && b1 == 0xFF) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16BE;
		}
		return StandardCharsets.UTF_8;
	}

	/** Turns a decoding error into one that names the file and the line of the first bad byte. */
	private static final class Checked extends FilterReader {
		private final Path file;
		private final Charset charset;

		Checked(Reader in, Path file, Charset charset) {
			super(in);
			this.file = file;
			this.charset = charset;
		}

		@Override
		public int read() throws IOException {
			char[] one = new char[1];
			return read(one, 0, 1) < 0 ? -1 : one[0];
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			} catch (CharacterCodingException e) {
				throw new ImportException(List.of(file + ": line " + lineOfFirstBadByte(file, charset)
						+ ": the file is not valid " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name())
						+ " text (a byte that no character is made of); save it as UTF-8 and import it again"));
			}
		}
	}

	/** The line (from 1) where decoding {@code file} first fails; the file is read again, on this error path only. */
	private static long lineOfFirstBadByte(Path file, Charset charset) throws IOException {
		var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		long line = 1;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			skipByteOrderMark(in);
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(BUFFER);
			java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(BUFFER);
			boolean end = false;
			while (!end) {
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = n < 0;
				bytes.position(bytes.position() + Math.max(n, 0));
				bytes.flip();
				var result = decoder.decode(bytes, chars, end);
				chars.flip();
				while (chars.hasRemaining()) {
					if (chars.get() == '\n') {
						line++;
					}
				}
				chars.clear();
				if (result.isError()) {
					return line;
				}
				bytes.compact();
			}
		}
		return line;
	}
}

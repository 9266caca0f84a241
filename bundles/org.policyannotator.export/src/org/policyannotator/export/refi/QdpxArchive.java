package org.policyannotator.export.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.policyannotator.model.corpus.CorpusException;

/**
 * A REFI-QDA project file: a {@code .qdpx} zip ({@code project.qde} at its top, texts in {@code Sources/}) or a bare
 * {@code .qde}. Every entry is read with a bound on its unpacked size, so a zip bomb is refused, and only entries
 * of the archive are read: a path naming a file elsewhere on the disk is never followed.
 */
final class QdpxArchive implements AutoCloseable {
	static final long MAX_BYTES = 64L << 20;

	private final Path file;
	private final ZipFile zip;

	private QdpxArchive(Path file, ZipFile zip) {
		this.file = file;
		this.zip = zip;
	}

	static QdpxArchive open(Path file) throws CorpusException {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
			return new QdpxArchive(file, null);
		}
		try {
			return new QdpxArchive(file, new ZipFile(file.toFile()));
		} catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
			throw new CorpusException(file, "does not exist", e);
		} catch (ZipException e) {
			throw new CorpusException(file, "is not a REFI-QDA project (.qdpx): not a readable zip: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
	}

	Path file() {
		return file;
	}

	/** The project XML: the {@code .qde} at the top of the zip, or the file itself. */
	byte[] project() throws CorpusException {
		if (zip == null) {
			try {
				if (Files.size(file) > MAX_BYTES) {
					throw new CorpusException(file, "is larger than " + (MAX_BYTES >> 20) + " MB: refused");
				}
				return Files.readAllBytes(file);
			} catch (CorpusException e) {
				throw e;
			} catch (IOException e) {
				throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
			}
		}
		for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
			ZipEntry entry = e.nextElement();
			String name = entry.getName();
			if (!entry.isDirectory() && !name.contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".qde")) {
				return read(entry);
			}
		}
		throw new CorpusException(file, "is not a REFI-QDA project: the zip has no project.qde at its top");
	}

	/**
	 * The bytes of an internal file ({@code internal://<name>} of the standard: {@code Sources/<name>}), empty when
	 * this is a bare {@code .qde} or the archive lacks it.
	 */
	Optional<byte[]> internal(String name) throws CorpusException {
		if (zip == null || name.contains("/") || name.contains("\\") || name.contains("..")) {
			return Optional.empty();
		}
		ZipEntry entry = zip.getEntry("Sources/" + name);
		if (entry == null) {
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && entry == null;) {
				ZipEntry candidate = e.nextElement();
				if (candidate.getName().equalsIgnoreCase("Sources/" + name)) {
					entry = candidate;
				}
			}
		}
		return entry == null ? Optional.empty() : Optional.of(read(entry));
	}

	private byte[] read(ZipEntry entry) throws CorpusException {
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new CorpusException(file, entry.getName() + " unpacks to more than " + (MAX_BYTES >> 20)
						+ " MB: refused");
			}
			return bytes;
		} catch (CorpusException e) {
			throw e;
		} catch (IOException e) {
			throw new CorpusException(file, entry.getName() + " cannot be unpacked: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() throws CorpusException {
		if (zip != null) {
			try {
				zip.close();
			} catch (IOException e) {
				throw new CorpusException(file, "cannot close: " + e.getMessage(), e);
			}
		}
	}
}

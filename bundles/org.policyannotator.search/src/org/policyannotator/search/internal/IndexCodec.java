package org.policyannotator.search.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.FileStamp;

/**
 * The index file, binary: a magic number and version, a table of the distinct strings (types, attribute values,
 * notes, ids... each stored once), the documents (id, stamp, title, hash, text), the sets (stamps and annotations,
 * strings as numbers into the table), and a CRC-32 of all of it. Reading checks everything and throws on any
 * mismatch, so a torn, corrupt or older file is never half-used.
 */
public final class IndexCodec {
	/** What the file starts with ("PAIX"). */
	static final int MAGIC = 0x50414958;
	/** The format version; a file of another version is rebuilt. */
	public static final int VERSION = 2;

	/** What an index file holds. */
	/**
	 * What an index file holds. A full index has no removals and no base; a delta holds the documents and sets that
	 * changed since the full index whose file had the stamp {@code base}, and the keys of those removed since.
	 */
	public record Contents(List<IndexedDocument> documents, List<IndexedSet> sets, List<String> removedDocuments,
			List<String> removedSets, FileStamp base) {
		/** The base of a full index. */
		public static final FileStamp NO_BASE = new FileStamp(0, 0, "");
		/** No index. */
		public static final Contents EMPTY = new Contents(List.of(), List.of());

		/** A full index. */
		public Contents(List<IndexedDocument> documents, List<IndexedSet> sets) {
			this(documents, sets, List.of(), List.of(), NO_BASE);
		}
	}

	private IndexCodec() {
	}

	/** Writes the index file to {@code out} (which it does not close), streamed through a small buffer. */
	public static void write(Contents contents, OutputStream out) throws IOException {
		Collection<IndexedDocument> documents = contents.documents();
		Collection<IndexedSet> sets = contents.sets();
		Map<String, Integer> table = new HashMap<>();
		List<String> strings = new ArrayList<>();
		java.util.function.ToIntFunction<String> ref = s -> table.computeIfAbsent(s, k -> {
			strings.add(k);
			return strings.size() - 1;
		});
		for (IndexedDocument d : documents) {
			List.of(d.id(), d.title(), d.sha256(), d.stamp().fileKey()).forEach(ref::applyAsInt);
		}
		for (IndexedSet s : sets) {
			List.of(s.annotator(), s.documentId(), s.setStamp().fileKey(), s.documentStamp().fileKey())
					.forEach(ref::applyAsInt);
			for (IndexedAnnotation a : s.annotations()) {
				ref.applyAsInt(a.type());
				ref.applyAsInt(a.annotator());
				ref.applyAsInt(a.note());
				ref.applyAsInt(a.speaker());
				for (String part : a.attributes()) {
					ref.applyAsInt(part);
				}
			}
		}
		contents.removedDocuments().forEach(ref::applyAsInt);
		contents.removedSets().forEach(ref::applyAsInt);
		ref.applyAsInt(contents.base().fileKey());
		Sink data = new Sink(out);
		data.putInt(MAGIC);
		data.putInt(VERSION);
		data.putInt(strings.size());
		for (String s : strings) {
			data.putBytes(s.getBytes(StandardCharsets.UTF_8));
		}
		data.putInt(documents.size());
		for (IndexedDocument d : documents) {
			data.putInt(table.get(d.id()));
			stamp(data, d.stamp(), table);
			data.putInt(table.get(d.title()));
			data.putInt(table.get(d.sha256()));
			data.putBytes(d.text().getBytes(StandardCharsets.UTF_8));
		}
		data.putInt(sets.size());
		for (IndexedSet s : sets) {
			data.putInt(table.get(s.annotator()));
			data.putInt(table.get(s.documentId()));
			stamp(data, s.setStamp(), table);
			stamp(data, s.documentStamp(), table);
			data.putInt(s.annotations().size());
			for (IndexedAnnotation a : s.annotations()) {
				data.putInt(table.get(a.type()));
				data.putInt(table.get(a.annotator()));
				data.putInt(a.start());
				data.putInt(a.end());
				data.putByte(a.status().ordinal());
				data.putInt(table.get(a.note()));
				data.putInt(table.get(a.speaker()));
				data.putInt(a.attributes().length);
				for (String part : a.attributes()) {
					data.putInt(table.get(part));
				}
			}
		}
		for (List<String> removed : List.of(contents.removedDocuments(), contents.removedSets())) {
			data.putInt(removed.size());
			for (String key : removed) {
				data.putInt(table.get(key));
			}
		}
		stamp(data, contents.base(), table);
		data.finish();
	}

	private static void stamp(Sink data, FileStamp stamp, Map<String, Integer> table) throws IOException {
		data.putLong(stamp.size());
		data.putLong(stamp.modifiedNanos());
		data.putInt(table.get(stamp.fileKey()));
	}

	/** Big-endian numbers and byte strings into a stream through a small buffer, with a CRC-32 of all at the end. */
	private static final class Sink {
		private final OutputStream out;
		private final byte[] buffer = new byte[1 << 16];
		private final ByteBuffer view = ByteBuffer.wrap(buffer);
		private final CRC32 crc = new CRC32();

		Sink(OutputStream out) {
			this.out = out;
		}

		private void room(int bytes) throws IOException {
			if (view.remaining() < bytes) {
				drain();
			}
		}

		private void drain() throws IOException {
			crc.update(buffer, 0, view.position());
			out.write(buffer, 0, view.position());
			view.clear();
		}

		void putByte(int b) throws IOException {
			room(1);
			view.put((byte) b);
		}

		void putInt(int i) throws IOException {
			room(4);
			view.putInt(i);
		}

		void putLong(long l) throws IOException {
			room(8);
			view.putLong(l);
		}

		void putBytes(byte[] bytes) throws IOException {
			putInt(bytes.length);
			if (bytes.length <= view.remaining()) {
				view.put(bytes);
				return;
			}
			drain();
			if (bytes.length <= view.remaining()) {
				view.put(bytes);
			} else {
				crc.update(bytes);
				out.write(bytes);
			}
		}

		void finish() throws IOException {
			drain();
			view.putLong(crc.getValue());
			out.write(buffer, 0, view.position());
			view.clear();
			out.flush();
		}
	}

	/**
	 * Reads an index file.
	 *
	 * @throws IOException saying what is wrong, if it is not a complete index file of this version
	 */
	public static Contents read(byte[] bytes) throws IOException {
		if (bytes.length < 20) {
			throw new IOException("too short to be an index");
		}
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, bytes.length - 8);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		if (in.getLong(bytes.length - 8) != crc.getValue()) {
			throw new IOException("checksum mismatch (torn or corrupt)");
		}
		if (in.getInt() != MAGIC) {
			throw new IOException("not an index file");
		}
		int version = in.getInt();
		if (version != VERSION) {
			throw new IOException("index version " + version + ", this program writes " + VERSION);
		}
		try {
			return new Reader(in.limit(bytes.length - 8)).read();
		} catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
			throw new IOException("corrupt: " + e, e);
		}
	}

	/** Reading state: the buffer and the string table. */
	private static final class Reader {
		private final ByteBuffer in;
		private String[] strings;

		Reader(ByteBuffer in) {
			this.in = in;
		}

		Contents read() throws IOException {
			strings = new String[count()];
			for (int i = 0; i < strings.length; i++) {
				strings[i] = utf8();
			}
			int n = count();
			List<IndexedDocument> documents = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				documents.add(new IndexedDocument(string(), stamp(), string(), string(), utf8()));
			}
			int sets = count();
			List<IndexedSet> read = new ArrayList<>(sets);
			for (int i = 0; i < sets; i++) {
				String annotator = string();
				String documentId = string();
				FileStamp setStamp = stamp();
				FileStamp documentStamp = stamp();
				int annotations = count();
				List<IndexedAnnotation> list = new ArrayList<>(annotations);
				for (int j = 0; j < annotations; j++) {
					list.add(annotation());
				}
				read.add(new IndexedSet(annotator, documentId, setStamp, documentStamp, list));
			}
			List<String> removedDocuments = keys();
			List<String> removedSets = keys();
			FileStamp base = stamp();
			if (in.hasRemaining()) {
				throw new IOException("corrupt: " + in.remaining() + " bytes after the end");
			}
			return new Contents(documents, read, removedDocuments, removedSets, base);
		}

		private List<String> keys() throws IOException {
			int n = count();
			List<String> keys = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				keys.add(string());
			}
			return keys;
		}

		private IndexedAnnotation annotation() throws IOException {
			String type = string();
			String annotator = string();
			int start = in.getInt();
			int end = in.getInt();
			int status = in.get();
			if (status < 0 || status >= AnnotationStatus.values().length || start < 0 || end < start) {
				throw new IOException("corrupt annotation");
			}
			String note = string();
			String speaker = string();
			String[] attributes = new String[count()];
			for (int k = 0; k < attributes.length; k++) {
				attributes[k] = string();
			}
			return new IndexedAnnotation(type, annotator, start, end, AnnotationStatus.values()[status], note,
					attributes, speaker);
		}

		private int count() throws IOException {
			int n = in.getInt();
			if (n < 0 || n > in.remaining()) {
				throw new IOException("corrupt count " + n);
			}
			return n;
		}

		private String string() {
			return strings[in.getInt()];
		}

		private String utf8() throws IOException {
			int length = count();
			String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
			in.position(in.position() + length);
			return s;
		}

		private FileStamp stamp() {
			return new FileStamp(in.getLong(), in.getLong(), string());
		}
	}
}

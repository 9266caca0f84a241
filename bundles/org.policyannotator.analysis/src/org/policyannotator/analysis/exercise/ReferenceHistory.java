package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.analysis.exercise.internal.JsonFiles;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SetFiles;
import org.policyannotator.model.internal.io.AtomicFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reference as it was before each accepted dispute, so that an acceptance can be undone. Every
 * {@link Disputes#accept acceptance} keeps the reference annotator's set of the document as it was in
 * {@code <corpus>/}{@value #FOLDER}{@code /<annotator>/<n>-<document>.json}, with the sentence saying what changed
 * and a hash of the set file it wrote. {@link #undoLast} restores the newest one, but only when the set is still
 * exactly what the acceptance wrote, so that no later edit of the reference is lost.
 */
public final class ReferenceHistory {
	/** The folder in the instructor's corpus. */
	public static final String FOLDER = "reference-history";
	/** Value of the {@code format} field. */
	public static final String FORMAT = "policyannotator-reference-change";
	/** Format version written. */
	public static final int VERSION = 1;
	private static final Pattern NAME = Pattern.compile("(\\d{4,})-(.+)\\.json");
	private static final ObjectMapper MAPPER = new ObjectMapper();

	/**
	 * One acceptance that can be undone.
	 *
	 * @param number   its place in the history (1 is the first)
	 * @param document the document whose reference set it changed
	 * @param said     what it changed, as {@link Disputes#accept} said it
	 * @param time     when
	 * @param file     the file keeping the set as it was before
	 */
	public record Change(int number, String document, String said, Instant time, Path file) {
	}

	private ReferenceHistory() {
	}

	/** The acceptances into {@code annotator}'s reference in the corpus folder that can be undone, oldest first. */
	public static List<Change> changes(Path corpus, String annotator) throws ExerciseException {
		DocumentIds.requireValid(annotator);
		Path folder = corpus.resolve(FOLDER).resolve(annotator);
		List<Change> changes = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return changes;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
			for (Path file : files) {
				Matcher name = NAME.matcher(file.getFileName().toString());
				if (name.matches()) {
					JsonNode root = JsonFiles.readObject(file, FORMAT, VERSION);
					changes.add(new Change(Integer.parseInt(name.group(1)), name.group(2), text(root, file, "said"),
							time(root, file), file));
				}
			}
		} catch (IOException e) {
			throw new ExerciseException(folder, "cannot be listed: " + e.getMessage(), e);
		}
		changes.sort(java.util.Comparator.comparingInt(Change::number));
		return changes;
	}

	/**
	 * Keeps {@code before}, the set file of {@code annotator} on {@code document} as it is now, before an acceptance
	 * writes {@code after} in its place.
	 *
	 * @return the kept change; {@link #forget} it when writing {@code after} fails
	 */
	static Change keep(Corpus corpus, String annotator, String document, byte[] before, byte[] after, String said)
			throws IOException {
		List<Change> changes = changes(corpus.directory(), annotator);
		int number = changes.isEmpty() ? 1 : changes.get(changes.size() - 1).number() + 1;
		Path file = corpus.directory().resolve(FOLDER).resolve(annotator)
				.resolve(String.format(java.util.Locale.ROOT, "%04d-%s.json", number, document));
		Instant now = Instant.now();
		ObjectNode root = JsonFiles.object();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		root.put("document", document);
		root.put("time", now.toString());
		root.put("said", said);
		root.put("after_sha256", sha256(after));
		root.set("before", MAPPER.readTree(before));
		Files.createDirectories(file.getParent());
		AtomicFiles.write(file, JsonFiles.bytes(root), true);
		return new Change(number, document, said, now, file);
	}

	/** Drops a kept change whose acceptance was not written. */
	static void forget(Change change) {
		try {
			Files.deleteIfExists(change.file());
		} catch (IOException e) {
			// the acceptance failed already; an undo of it is refused, since the set differs from what it names
		}
	}

	/**
	 * Undoes the newest acceptance into {@code annotator}'s reference: the set of its document becomes what it was
	 * before, and the change leaves the history.
	 *
	 * @return a sentence saying what was undone
	 * @throws ExerciseException when there is nothing to undo, or the set changed since that acceptance (then
	 *                           nothing is written)
	 */
	public static String undoLast(Corpus corpus, String annotator) throws IOException {
		List<Change> changes = changes(corpus.directory(), annotator);
		if (changes.isEmpty()) {
			throw new ExerciseException(corpus.directory(), "has no accepted dispute to undo in the reference of "
					+ annotator);
		}
		Change last = changes.get(changes.size() - 1);
		JsonNode root = JsonFiles.readObject(last.file(), FORMAT, VERSION);
		Path setFile = corpus.setFile(annotator, last.document());
		byte[] now = Files.isRegularFile(setFile) ? Files.readAllBytes(setFile) : new byte[0];
		if (!sha256(now).equals(text(root, last.file(), "after_sha256"))) {
			throw new ExerciseException(setFile, "changed since the acceptance it would undo (" + last.said()
					+ "); not undone, so that the later edit is not lost");
		}
		JsonNode before = root.get("before");
		if (before == null || !before.isObject()) {
			throw new ExerciseException(last.file(), "has no \"before\" set to restore");
		}
		AnnotationSet previous = SetFiles.decode(JsonFiles.bytes(before), last.file());
		if (!previous.annotator().equals(annotator) || !previous.documentId().equals(last.document())) {
			throw new ExerciseException(last.file(), "keeps the set of " + previous.annotator() + " on "
					+ previous.documentId() + ", not of " + annotator + " on " + last.document());
		}
		AnnotationSet set = corpus.loadSet(annotator, last.document());
		set.relations().forEach(r -> set.removeRelation(r.id()));
		set.annotations().forEach(a -> set.remove(a.id()));
		previous.annotations().forEach(set::add);
		for (Relation relation : previous.relations()) {
			set.addRelation(relation);
		}
		corpus.saveSet(set);
		Files.delete(last.file());
		return "undid: " + last.said();
	}

	private static String text(JsonNode root, Path file, String field) throws ExerciseException {
		JsonNode value = root.get(field);
		if (value == null || !value.isTextual()) {
			throw new ExerciseException(file, "needs the text field \"" + field + "\"");
		}
		return value.asText();
	}

	private static Instant time(JsonNode root, Path file) throws ExerciseException {
		try {
			return Instant.parse(text(root, file, "time"));
		} catch (DateTimeParseException e) {
			throw new ExerciseException(file, "has a \"time\" that is not an ISO instant: " + e.getParsedString(), e);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}

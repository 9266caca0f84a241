package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.policyannotator.analysis.exercise.internal.Folders;
import org.policyannotator.analysis.exercise.internal.ZipWriter;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusWrites;
import org.policyannotator.model.corpus.CorpusException;

/**
 * Coding exercises as zip files. An exercise package is a corpus without annotations: {@code corpus.json},
 * {@code schema.json}, {@code documents/<id>.json}, {@code exercise.json} and, if given, {@code guidelines.md}. A
 * reference package is the same plus {@code annotations/<reference>/<id>.json} and the reference annotator's name
 * in its {@code exercise.json}; it stays with the instructor.
 */
public final class ExercisePackage {
	/** File name of the guidelines in a package. */
	public static final String GUIDELINES = "guidelines.md";

	private ExercisePackage() {
	}

	/**
	 * What to package.
	 *
	 * @param corpus             the instructor's corpus
	 * @param name               exercise title
	 * @param documents          ids of the documents to annotate
	 * @param guidelines         guidelines text (Markdown), if any
	 * @param referenceAnnotator whose sets are the reference; must have a set for every document
	 * @param feedback           what students are shown of their grade
	 * @param deadline           submissions packed later are not graded, if given
	 * @param attempts           which attempt of a student counts, unless grading says otherwise
	 */
	public record Request(Corpus corpus, String name, List<String> documents, Optional<String> guidelines,
			String referenceAnnotator, FeedbackMode feedback, Optional<Instant> deadline,
			Gradebook.Counting attempts) {
		/** Copies the list. */
		public Request {
			documents = List.copyOf(documents);
			java.util.Objects.requireNonNull(feedback);
			java.util.Objects.requireNonNull(deadline);
			java.util.Objects.requireNonNull(attempts);
		}

		/** A request where the last attempt counts. */
		public Request(Corpus corpus, String name, List<String> documents, Optional<String> guidelines,
				String referenceAnnotator, FeedbackMode feedback, Optional<Instant> deadline) {
			this(corpus, name, documents, guidelines, referenceAnnotator, feedback, deadline,
					Gradebook.Counting.LAST);
		}

		/** A request with full feedback. */
		public Request(Corpus corpus, String name, List<String> documents, Optional<String> guidelines,
				String referenceAnnotator) {
			this(corpus, name, documents, guidelines, referenceAnnotator, FeedbackMode.FULL, Optional.empty());
		}
	}

	/**
	 * Writes the exercise package to {@code out} and, if asked, the reference package to {@code referenceOut}.
	 *
	 * @return the manifest (with the new exercise id)
	 * @throws ExerciseException when a document does not exist or the reference annotator has no set for it
	 */
	public static ExerciseManifest create(Request request, Path out, Optional<Path> referenceOut) throws IOException {
		Corpus corpus = request.corpus();
		if (request.documents().isEmpty()) {
			throw new ExerciseException(corpus.directory(), "an exercise needs at least one document");
		}
		DocumentIds.requireValid(request.referenceAnnotator());
		List<String> annotated = corpus.documentIdsAnnotatedBy(request.referenceAnnotator());
		List<ExerciseDocument> documents = new ArrayList<>();
		List<Document> texts = new ArrayList<>();
		for (String id : request.documents().stream().distinct().toList()) {
			if (!corpus.hasDocument(id)) {
				throw new ExerciseException(corpus.directory(), "document " + id + " does not exist");
			}
			if (!annotated.contains(id)) {
				throw new ExerciseException(corpus.setFile(request.referenceAnnotator(), id),
						"the reference annotator " + request.referenceAnnotator() + " has no set for document " + id);
			}
			Document document = corpus.loadDocument(id);
			Document clean = document.hashMatches() ? document : document.withText(document.text());
			texts.add(clean);
			documents.add(new ExerciseDocument(id, clean.sha256()));
		}
		ExerciseManifest manifest = new ExerciseManifest(UUID.randomUUID().toString(), request.name(), documents,
				request.guidelines().isPresent() ? GUIDELINES : "", Optional.empty(), request.feedback(),
				request.deadline(), request.attempts());
		Map<String, byte[]> entries = corpusFiles(corpus, texts);
		entries.put(ExerciseManifest.FILE, manifest.toJson());
		request.guidelines().ifPresent(g -> entries.put(GUIDELINES, g.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		ZipWriter.write(out, entries);
		if (referenceOut.isPresent()) {
			entries.put(ExerciseManifest.FILE, manifest.withReference(request.referenceAnnotator()).toJson());
			for (ExerciseDocument d : documents) {
				Path set = corpus.setFile(request.referenceAnnotator(), d.id());
				entries.put(Corpus.ANNOTATIONS + "/" + request.referenceAnnotator() + "/" + d.id() + ".json",
						Files.readAllBytes(set));
			}
			ZipWriter.write(referenceOut.get(), entries);
		}
		return manifest;
	}

	/** corpus.json, schema.json and the documents, written by the model into a scratch corpus. */
	private static Map<String, byte[]> corpusFiles(Corpus corpus, List<Document> documents) throws IOException {
		Path scratch = Files.createTempDirectory("pa-exercise-");
		try {
			Path folder = scratch.resolve("corpus");
			Corpus copy = Corpus.create(folder, corpus.name(), corpus.schema());
			try (CorpusWrites writes = copy.writes()) { // a scratch corpus: one flush for all its documents
				for (Document d : documents) {
					writes.addDocument(d);
				}
				writes.commit();
			}
			return ZipWriter.filesUnder(folder);
		} finally {
			Folders.deleteQuietly(scratch);
		}
	}

	/**
	 * A package opened as a corpus folder.
	 *
	 * @param corpus   the corpus
	 * @param manifest its exercise.json
	 */
	public record Opened(Corpus corpus, ExerciseManifest manifest) {
	}

	/**
	 * Extracts an exercise (or reference) package safely into {@code into}, which must not exist or be empty, and
	 * checks it: a corpus with an {@code exercise.json} whose documents are all there with the listed text hashes.
	 * Nothing is left in {@code into} unless all of this succeeds. With a student name, an empty folder of sets is
	 * made for them so that the workbench offers them as annotator.
	 *
	 * @throws UnsafeZipException when the zip is refused
	 * @throws ExerciseException  when the content is not a valid exercise
	 */
	public static Opened open(Path zip, Path into, Optional<String> student, ZipLimits limits) throws IOException {
		Path target = into.toAbsolutePath().normalize();
		if (!Folders.isAbsentOrEmpty(target)) {
			throw new ExerciseException(target, "is not empty; open the exercise into a new folder");
		}
		student.ifPresent(DocumentIds::requireValid);
		Path temp = Folders.siblingTemp(target);
		try {
			Path folder = temp.resolve("x");
			SafeZip.extract(zip, folder, limits);
			ExerciseManifest manifest = check(zip, folder);
			if (student.isPresent()) {
				Files.createDirectories(folder.resolve(Corpus.ANNOTATIONS).resolve(student.get()));
			}
			Folders.moveIntoPlace(folder, target);
			return new Opened(Corpus.open(target), manifest);
		} finally {
			Folders.deleteQuietly(temp);
		}
	}

	/** Checks an extracted package in {@code folder}; {@code zip} is named in messages. */
	static ExerciseManifest check(Path zip, Path folder) throws ExerciseException {
		if (!Files.isRegularFile(folder.resolve(ExerciseManifest.FILE))) {
			throw new ExerciseException(zip, "is not an exercise package: " + ExerciseManifest.FILE + " is missing");
		}
		ExerciseManifest manifest;
		try {
			manifest = ExerciseManifest.read(folder.resolve(ExerciseManifest.FILE));
		} catch (ExerciseException e) {
			throw new ExerciseException(zip, inPackage(e.getMessage(), folder), e);
		}
		try {
			Corpus corpus = Corpus.open(folder);
			for (ExerciseDocument d : manifest.documents()) {
				if (!corpus.hasDocument(d.id())) {
					throw new ExerciseException(zip, "document " + d.id() + " of " + ExerciseManifest.FILE
							+ " is missing from the package");
				}
				String actual = Document.sha256Of(corpus.loadDocument(d.id()).text());
				if (!actual.equals(d.sha256())) {
					throw new ExerciseException(zip, "document " + d.id() + " does not have the text the exercise"
							+ " lists (sha256 mismatch)");
				}
			}
		} catch (CorpusException e) {
			String message = e.getMessage().replace(folder.toAbsolutePath().normalize().toString(), zip + "!");
			throw new ExerciseException(zip, "is not a valid corpus: " + message.replace(zip + ": ", ""), e);
		}
		return manifest;
	}

	/** A message about an extracted file, with the entry's name in the package instead of the scratch folder. */
	static String inPackage(String message, Path folder) {
		String prefix = folder.toAbsolutePath().normalize().toString() + java.io.File.separator;
		return message.replace(prefix, "").replace(java.io.File.separatorChar, '/');
	}
}

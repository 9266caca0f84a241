package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.analysis.exercise.internal.Folders;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

/**
 * The reference of an exercise, loaded and checked: the exercise manifest, the documents and the reference
 * annotator's set on each. Comes from a reference package (zip made with {@code --reference-out}) or from the
 * instructor's corpus folder; a folder without {@code exercise.json} needs the exercise package to know the
 * exercise id and documents. Close it to remove the temporary files of an extracted zip.
 */
public final class ExerciseReference implements AutoCloseable {
	private final ExerciseManifest manifest;
	private final Corpus corpus;
	private final String annotator;
	private final Map<String, Document> documents;
	private final Map<String, AnnotationSet> sets;
	private final Optional<Path> scratch;

	private ExerciseReference(ExerciseManifest manifest, Corpus corpus, String annotator,
			Map<String, Document> documents, Map<String, AnnotationSet> sets, Optional<Path> scratch) {
		this.manifest = manifest;
		this.corpus = corpus;
		this.annotator = annotator;
		this.documents = Collections.unmodifiableMap(documents);
		this.sets = Collections.unmodifiableMap(sets);
		this.scratch = scratch;
	}

	/**
	 * Loads the reference.
	 *
	 * @param source    a reference zip or a corpus folder
	 * @param annotator the reference annotator
	 * @param exercise  the exercise package, needed when {@code source} is a folder without {@code exercise.json}
	 * @throws ExerciseException  when the reference is incomplete or does not fit the exercise
	 * @throws UnsafeZipException when a zip is refused
	 */
	public static ExerciseReference open(Path source, String annotator, Optional<Path> exercise, ZipLimits limits)
			throws IOException {
		Path scratch = Files.createTempDirectory("pa-reference-");
		boolean done = false;
		try {
			Path folder = source;
			ExerciseManifest manifest;
			if (Files.isRegularFile(source)) {
				folder = scratch.resolve("reference");
				SafeZip.extract(source, folder, limits);
				manifest = ExercisePackage.check(source, folder);
			} else if (!Files.isDirectory(source)) {
				throw new ExerciseException(source, "does not exist (give a reference zip or a corpus folder)");
			} else if (Files.isRegularFile(source.resolve(ExerciseManifest.FILE))) {
				manifest = ExerciseManifest.read(source.resolve(ExerciseManifest.FILE));
			} else if (exercise.isPresent()) {
				Path unpacked = scratch.resolve("exercise");
				SafeZip.extract(exercise.get(), unpacked, limits);
				manifest = ExercisePackage.check(exercise.get(), unpacked);
			} else {
				throw new ExerciseException(source, "has no " + ExerciseManifest.FILE
						+ "; give the exercise package too, so that the exercise id and documents are known");
			}
			ExerciseReference reference = load(source, folder, manifest, annotator, scratch);
			done = true;
			return reference;
		} finally {
			if (!done) {
				Folders.deleteQuietly(scratch);
			}
		}
	}

	private static ExerciseReference load(Path source, Path folder, ExerciseManifest manifest, String annotator,
			Path scratch) throws IOException {
		try {
			Corpus corpus = Corpus.open(folder);
			java.util.List<String> annotated = corpus.documentIdsAnnotatedBy(annotator);
			Map<String, Document> documents = new LinkedHashMap<>();
			Map<String, AnnotationSet> sets = new LinkedHashMap<>();
			for (ExerciseDocument d : manifest.documents()) {
				if (!corpus.hasDocument(d.id())) {
					throw new ExerciseException(source, "document " + d.id() + " of the exercise is missing");
				}
				Document document = corpus.loadDocument(d.id());
				if (!Document.sha256Of(document.text()).equals(d.sha256())) {
					throw new ExerciseException(source, "document " + d.id()
							+ " has changed since the exercise was made (sha256 mismatch)");
				}
				if (!annotated.contains(d.id())) {
					throw new ExerciseException(source, "the reference annotator " + annotator
							+ " has no set for document " + d.id());
				}
				documents.put(d.id(), document);
				sets.put(d.id(), corpus.loadSet(annotator, d.id()));
			}
			return new ExerciseReference(manifest, corpus, annotator, documents, sets, Optional.of(scratch));
		} catch (CorpusException e) {
			throw new ExerciseException(source, "cannot be read as a reference corpus: " + e.getMessage(), e);
		}
	}

	/** The exercise. */
	public ExerciseManifest manifest() {
		return manifest;
	}

	/** The corpus the reference comes from (schema, documents). */
	public Corpus corpus() {
		return corpus;
	}

	/** The reference annotator. */
	public String annotator() {
		return annotator;
	}

	/** The exercise documents by id, in exercise order. */
	public Map<String, Document> documents() {
		return documents;
	}

	/** The reference set of each exercise document, by document id. */
	public Map<String, AnnotationSet> sets() {
		return sets;
	}

	/** Removes the temporary files. */
	@Override
	public void close() {
		scratch.ifPresent(Folders::deleteQuietly);
	}
}

package org.policyannotator.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.team.merge.PendingConflicts;

/**
 * One document compared between two annotators: their sets (read-only), the differences between them and the
 * curated set that accepted annotations are copied into.
 */
public final class ComparisonSession {
	/** The annotator whose set holds the merged, curated annotations. */
	public static final String CURATED = "curated";

	private final Corpus corpus;
	private final Document document;
	private final AnnotationSet left;
	private final AnnotationSet right;
	private final AnnotationSet curated;
	private final List<Difference> differences;
	private final Optional<ConflictDecisions> conflicts;
	private List<Annotation> saved;

	private ComparisonSession(Corpus corpus, Document document, AnnotationSet left, AnnotationSet right,
			AnnotationSet curated) {
		this(corpus, document, left, right, curated, Optional.empty());
	}

	private ComparisonSession(Corpus corpus, Document document, AnnotationSet left, AnnotationSet right,
			AnnotationSet curated, Optional<ConflictDecisions> conflicts) {
		this.conflicts = conflicts;
		this.corpus = corpus;
		this.document = document;
		this.left = left;
		this.right = right;
		this.curated = curated;
		this.differences = Differences.between(left, right, document.text().length());
		this.saved = curated.annotations();
	}

	/** Reads the document, both annotators' sets and the curated set (empty if there is none yet). */
	public static ComparisonSession open(Corpus corpus, String documentId, String left, String right)
			throws CorpusException {
		return new ComparisonSession(corpus, corpus.loadDocument(documentId), corpus.loadSet(left, documentId),
				corpus.loadSet(right, documentId), corpus.loadSet(CURATED, documentId));
	}

	/**
	 * The conflicts a synchronisation left in {@code annotator}'s set: left = yours (the versions the set holds),
	 * right = theirs, and the set itself in the place of the curated set.
	 *
	 * @throws CorpusException when the set has no conflict file or it cannot be read (the message names the file)
	 */
	public static ComparisonSession ofConflicts(Corpus corpus, String documentId, String annotator)
			throws CorpusException {
		Path file = PendingConflicts.of(corpus.setFile(annotator, documentId));
		if (!Files.exists(file)) {
			throw new CorpusException(file, "does not exist: the set of " + annotator + " on " + documentId
					+ " has no conflicts waiting");
		}
		ConflictDecisions decisions = new ConflictDecisions(PendingConflicts.read(file, annotator, documentId));
		AnnotationSet set = corpus.loadSet(annotator, documentId);
		AnnotationSet yours = AnnotationSet.of(annotator, documentId, set.documentSha256(), decisions.ours(),
				List.of());
		AnnotationSet theirs = AnnotationSet.of(annotator, documentId, set.documentSha256(), decisions.theirs(),
				List.of());
		return new ComparisonSession(corpus, corpus.loadDocument(documentId), yours, theirs, set,
				Optional.of(decisions));
	}

	/** The decisions on a synchronisation's conflicts, when this session resolves them. */
	public Optional<ConflictDecisions> conflicts() {
		return conflicts;
	}

	public Corpus corpus() {
		return corpus;
	}

	public Document document() {
		return document;
	}

	public AnnotationSet left() {
		return left;
	}

	public AnnotationSet right() {
		return right;
	}

	public AnnotationSet curated() {
		return curated;
	}

	/** Every difference, matches included, in text order. */
	public List<Difference> differences() {
		return differences;
	}

	/** Whether the curated set (or the set whose conflicts are resolved) or the decisions differ from what is saved. */
	public boolean isDirty() {
		return !curated.annotations().equals(saved) || conflicts.map(ConflictDecisions::changed).orElse(false);
	}

	/** Saves the curated set atomically; when resolving conflicts, the decided ones leave the conflict file. */
	public void save() throws CorpusException {
		corpus.saveSet(curated);
		saved = curated.annotations();
		if (conflicts.isPresent()) {
			conflicts.get().settle();
		}
	}
}

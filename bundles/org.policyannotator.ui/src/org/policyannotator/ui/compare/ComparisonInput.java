package org.policyannotator.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * One document of a corpus compared between two annotators (left = A, right = B), possibly as one document of a
 * calibration of two references over several documents.
 */
public final class ComparisonInput implements IEditorInput {
	/**
	 * Two references calibrated over several documents before grading.
	 *
	 * @param summary   the agreement figures of all documents, with the warnings
	 * @param documents the documents both annotated, in order
	 */
	public record Calibrating(String summary, List<String> documents) {
		/** Copies the list. */
		public Calibrating {
			documents = List.copyOf(documents);
		}
	}

	private final Path corpusFolder;
	private final String documentId;
	private final String title;
	private final String left;
	private final String right;
	private final Optional<Calibrating> calibration;
	private final Optional<String> conflictsOf;

	public ComparisonInput(Path corpusFolder, String documentId, String title, String left, String right) {
		this(corpusFolder, documentId, title, left, right, Optional.empty());
	}

	public ComparisonInput(Path corpusFolder, String documentId, String title, String left, String right,
			Optional<Calibrating> calibration) {
		this(corpusFolder, documentId, title, left, right, calibration, Optional.empty());
	}

	private ComparisonInput(Path corpusFolder, String documentId, String title, String left, String right,
			Optional<Calibrating> calibration, Optional<String> conflictsOf) {
		this.calibration = Objects.requireNonNull(calibration);
		this.conflictsOf = conflictsOf;
		if (left.equals(right)) {
			throw new IllegalArgumentException("compare two different annotators, not " + left + " with itself");
		}
		this.corpusFolder = corpusFolder.toAbsolutePath().normalize();
		this.documentId = documentId;
		this.title = title;
		this.left = left;
		this.right = right;
	}

	public Path corpusFolder() {
		return corpusFolder;
	}

	public String documentId() {
		return documentId;
	}

	public String left() {
		return left;
	}

	public String right() {
		return right;
	}

	/**
	 * The conflicts a synchronisation left in {@code annotator}'s set of a document: yours (in the set now) on the
	 * left, theirs on the right; accepting decides, saving settles the conflict file.
	 */
	public static ComparisonInput conflicts(Path corpusFolder, String documentId, String title, String annotator) {
		return new ComparisonInput(corpusFolder, documentId, title, "yours", "theirs", Optional.empty(),
				Optional.of(annotator));
	}

	/** The annotator whose set's conflicts are resolved, when this is a resolution of conflicts. */
	public Optional<String> conflictsOf() {
		return conflictsOf;
	}

	/** The calibration this document belongs to, if it is one. */
	public Optional<Calibrating> calibration() {
		return calibration;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	/** "Compare alice / bob: title": the tab tells a comparison from the document's own editor at once. */
	public String getName() {
		String name = title.isBlank() ? documentId : title;
		if (conflictsOf.isPresent()) {
			return "Conflicts of " + conflictsOf.get() + ": " + name;
		}
		return (calibration.isPresent() ? "Calibrate " : "Compare ") + left + " / " + right + ": " + name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Comparison of " + left + " and " + right + " on " + documentId + " in " + corpusFolder;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ComparisonInput input && input.corpusFolder.equals(corpusFolder)
				&& input.documentId.equals(documentId) && input.left.equals(left) && input.right.equals(right)
				&& input.conflictsOf.equals(conflictsOf);
	}

	@Override
	public int hashCode() {
		return Objects.hash(corpusFolder, documentId, left, right);
	}
}

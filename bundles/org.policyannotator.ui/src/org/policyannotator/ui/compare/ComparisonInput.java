package org.policyannotator.ui.compare;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** One document of a corpus compared between two annotators (left = A, right = B). */
public final class ComparisonInput implements IEditorInput {
	private final Path corpusFolder;
	private final String documentId;
	private final String title;
	private final String left;
	private final String right;

	public ComparisonInput(Path corpusFolder, String documentId, String title, String left, String right) {
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
		return "Compare " + left + " / " + right + ": " + (title.isBlank() ? documentId : title);
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
				&& input.documentId.equals(documentId) && input.left.equals(left) && input.right.equals(right);
	}

	@Override
	public int hashCode() {
		return Objects.hash(corpusFolder, documentId, left, right);
	}
}

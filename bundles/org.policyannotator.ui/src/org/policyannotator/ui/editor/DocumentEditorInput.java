package org.policyannotator.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * One document of one corpus, as opened in the annotation editor. It is remembered when the workbench closes, so
 * the next start reopens the documents that were open ({@link DocumentEditorInputFactory}).
 */
public final class DocumentEditorInput implements IEditorInput, IPersistableElement {
	private final Path corpusFolder;
	private final String documentId;
	private final String title;

	public DocumentEditorInput(Path corpusFolder, String documentId, String title) {
		this.corpusFolder = corpusFolder.toAbsolutePath().normalize();
		this.documentId = documentId;
		this.title = title;
	}

	public Path corpusFolder() {
		return corpusFolder;
	}

	public String documentId() {
		return documentId;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return title.isBlank() ? documentId : title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getFactoryId() {
		return DocumentEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		DocumentEditorInputFactory.save(this, memento);
	}

	String title() {
		return title;
	}

	@Override
	public String getToolTipText() {
		return getName() + " (" + documentId + " in " + corpusFolder + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentEditorInput input && input.corpusFolder.equals(corpusFolder)
				&& input.documentId.equals(documentId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(corpusFolder, documentId);
	}
}

package org.policyannotator.ui.editor;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Gives the editor the imported text of a corpus document. The text is the source of truth and never
 * changes in the editor, so annotation offsets cannot drift.
 */
public final class CorpusDocumentProvider extends AbstractDocumentProvider {
	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		if (!(element instanceof DocumentEditorInput input)) {
			return null;
		}
		try {
			String text = CorpusRegistry.getDefault().corpus(input.corpusFolder()).loadDocument(input.documentId()).text();
			return new Document(text);
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(
					"Could not open document " + input.documentId() + " of " + input.corpusFolder() + ": " + e.getMessage(), e));
		}
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		return new AnnotationModel();
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
		// the text is read-only; annotation sets are saved through the model bundle
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}
}

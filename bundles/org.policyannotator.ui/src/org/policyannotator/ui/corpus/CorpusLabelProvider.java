package org.policyannotator.ui.corpus;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Names and icons of corpora and documents in the navigator; a document shows its annotation counts per annotator
 * and its document-level codes in brackets.
 */
final class CorpusLabelProvider extends ColumnLabelProvider {
	private final DocumentCodeLabels codes = new DocumentCodeLabels();

	@Override
	public String getText(Object element) {
		if (element instanceof CorpusNode corpus) {
			return corpus.problem() == null ? corpus.name() : corpus.name() + " (" + corpus.problem() + ")";
		}
		if (element instanceof DocumentNode document) {
			String title = document.title().isBlank() ? document.documentId() : document.title();
			String counts = counts(document);
			String codes = codes(document);
			return (counts.isEmpty() ? title : title + " \u2014 " + counts) + (codes.isEmpty() ? "" : " [" + codes + "]");
		}
		return String.valueOf(element);
	}

	private static String counts(DocumentNode document) {
		try {
			return AnnotationCounts.text(AnnotationCounts.of(CorpusRegistry.getDefault().corpus(document.corpusFolder()),
					document.documentId()));
		} catch (Exception e) {
			return "annotations unreadable: " + e.getMessage();
		}
	}

	/** The document-level codes any annotator gave the document, e.g. {@code economy, trade}. */
	private String codes(DocumentNode document) {
		try {
			return String.join(", ", codes.of(CorpusRegistry.getDefault().corpus(document.corpusFolder()),
					document.documentId()));
		} catch (Exception e) {
			return "document codes unreadable: " + e.getMessage();
		}
	}

	/** The whole label (titles are long and the navigator narrow), and the folder of a corpus. */
	@Override
	public String getToolTipText(Object element) {
		if (element instanceof CorpusNode corpus) {
			return getText(element) + "\n" + corpus.folder();
		}
		return getText(element);
	}

	@Override
	public Image getImage(Object element) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (element instanceof CorpusNode corpus) {
			return images.getImage(corpus.problem() == null ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return images.getImage(ISharedImages.IMG_OBJ_FILE);
	}
}

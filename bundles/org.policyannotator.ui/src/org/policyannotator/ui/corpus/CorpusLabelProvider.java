package org.policyannotator.ui.corpus;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Names and icons of corpora and documents in the navigator. */
final class CorpusLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof CorpusNode corpus) {
			return corpus.problem() == null ? corpus.name() : corpus.name() + " (" + corpus.problem() + ")";
		}
		if (element instanceof DocumentNode document) {
			return document.title().isBlank() ? document.documentId() : document.title();
		}
		return String.valueOf(element);
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

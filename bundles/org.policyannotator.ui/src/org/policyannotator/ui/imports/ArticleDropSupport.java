package org.policyannotator.ui.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;

/**
 * Files or folders dropped on a corpus in the navigator (or on one of its documents) open the article import
 * wizard for that corpus, with the dropped files already chosen: the preview and summary still apply. Dropped
 * elsewhere in the navigator, they open it for the only corpus, or with the corpus to choose when there are several.
 * The files are read, never moved: the drop asks for a copy, also when the user pressed no key (GTK refuses a drop
 * left at SWT's "default" operation when the source offers only a copy, as a browser's download list does).
 */
public final class ArticleDropSupport extends ViewerDropAdapter {

	private ArticleDropSupport(TreeViewer viewer) {
		super(viewer);
		setFeedbackEnabled(false);
	}

	/** Makes the navigator's tree accept dropped files. */
	public static void install(TreeViewer viewer) {
		viewer.addDropSupport(DND.DROP_COPY | DND.DROP_DEFAULT, new Transfer[] { FileTransfer.getInstance() },
				new ArticleDropSupport(viewer));
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		asCopy(event);
		super.dragEnter(event);
	}

	@Override
	public void dragOver(DropTargetEvent event) {
		asCopy(event);
		super.dragOver(event);
	}

	@Override
	public void dragOperationChanged(DropTargetEvent event) {
		asCopy(event);
		super.dragOperationChanged(event);
	}

	private static void asCopy(DropTargetEvent event) {
		event.detail = copyOperation(event.detail, event.operations);
	}

	/** The operation of a drop of files: a copy where the source allows one, instead of the default or a move. */
	static int copyOperation(int detail, int operations) {
		boolean copyAllowed = (operations & DND.DROP_COPY) != 0;
		return copyAllowed && (detail == DND.DROP_DEFAULT || detail == DND.DROP_MOVE) ? DND.DROP_COPY : detail;
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		return FileTransfer.getInstance().isSupportedType(type) && !CorpusRegistry.getDefault().folders().isEmpty();
	}

	@Override
	public boolean performDrop(Object data) {
		if (!(data instanceof String[] names) || names.length == 0) {
			return false;
		}
		openWizard(Arrays.stream(names).map(Path::of).toList(), corpusOf(getCurrentTarget()));
		return true;
	}

	/** Opens the import wizard with {@code files} chosen, for {@code corpus} if given (else the user chooses it). */
	static void openWizard(List<Path> files, Optional<Path> corpus) {
		ImportArticlesWizard wizard = new ImportArticlesWizard();
		wizard.preset(files, corpus);
		new WizardDialog(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard).open();
	}

	private static Optional<Path> corpusOf(Object target) {
		if (target instanceof CorpusNode corpus && corpus.problem() == null) {
			return Optional.of(corpus.folder());
		}
		if (target instanceof DocumentNode document) {
			return Optional.of(document.corpusFolder());
		}
		List<Path> folders = CorpusRegistry.getDefault().folders();
		return folders.size() == 1 ? Optional.of(folders.get(0)) : Optional.empty();
	}
}

package org.policyannotator.ui.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;

/**
 * Files or folders dropped on a corpus in the navigator (or on one of its documents) open the article import
 * wizard for that corpus, with the dropped files already chosen: the preview and summary still apply.
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
	public boolean validateDrop(Object target, int operation, TransferData type) {
		return FileTransfer.getInstance().isSupportedType(type) && corpusOf(target).isPresent();
	}

	@Override
	public boolean performDrop(Object data) {
		Optional<Path> corpus = corpusOf(getCurrentTarget());
		if (!(data instanceof String[] names) || corpus.isEmpty()) {
			return false;
		}
		openWizard(Arrays.stream(names).map(Path::of).toList(), corpus.get());
		return true;
	}

	/** Opens the import wizard with {@code files} chosen for {@code corpus}. */
	static void openWizard(List<Path> files, Path corpus) {
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

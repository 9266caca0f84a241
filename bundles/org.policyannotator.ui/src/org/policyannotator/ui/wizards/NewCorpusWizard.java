package org.policyannotator.ui.wizards;

import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** Creates a corpus (folder, name, schema) and adds it to the navigator. File > New > Corpus. */
public final class NewCorpusWizard extends Wizard implements INewWizard {
	private final NewCorpusPage page = new NewCorpusPage();
	private Path created;

	public NewCorpusWizard() {
		setWindowTitle("New Corpus");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// nothing from the selection is needed
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			Schema schema = page.schemaFile().isPresent() ? SchemaFiles.read(page.schemaFile().get())
					: Schema.defaultSchema();
			Corpus corpus = Corpus.create(page.folder(), page.corpusName(), schema);
			CorpusRegistry.getDefault().add(corpus.directory());
			created = corpus.directory();
			return true;
		} catch (CorpusException | RuntimeException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** The page (for tests). */
	public NewCorpusPage page() {
		return page;
	}

	/** The folder of the corpus made by the last successful finish, null before. */
	public Path created() {
		return created;
	}
}

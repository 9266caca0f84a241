package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.importer.CorpusImporter;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.imports.ImportArticlesWizard;

/** File > Import > Articles puts a folder of pages into a corpus and says what failed. */
class ImportWizardTest {
	@TempDir
	Path temp;

	@Test
	void aFolderPathTypedOrPastedWithQuotesIsAddedByEnterAndAMissingOneIsNamed() throws Exception {
		Path corpusFolder = registeredCorpus();
		Path pages = Files.createDirectories(temp.resolve("saved pages"));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				new ImportArticlesWizard());
		dialog.setBlockOnOpen(false);
		try {
			dialog.open();
			Text path = find(dialog.getShell(), Text.class, t -> t.getMessage().contains("path of a file or folder"));
			org.eclipse.swt.widgets.List sources = find(dialog.getShell(), org.eclipse.swt.widgets.List.class, l -> true);

			path.setText("'" + pages + "'");
			Event enter = new Event();
			enter.detail = SWT.TRAVERSE_RETURN;
			enter.doit = true;
			path.notifyListeners(SWT.Traverse, enter);

			assertEquals(List.of(pages.toString()), List.of(sources.getItems()));
			assertEquals("", path.getText());
			assertTrue(dialog.getShell().isVisible(), "Enter added the path and did not finish the wizard");

			path.setText(temp.resolve("no such folder").toString());
			path.notifyListeners(SWT.Traverse, enter);
			assertEquals(1, sources.getItemCount());
			assertTrue(dialog.getCurrentPage().getErrorMessage().contains("Not found: " + temp.resolve("no such folder")),
					dialog.getCurrentPage().getErrorMessage());
		} finally {
			dialog.close();
			CorpusRegistry.getDefault().remove(corpusFolder);
		}
	}

	/** A new corpus in the navigator (the tests remove it again). */
	private Path registeredCorpus() throws Exception {
		Path corpusFolder = temp.resolve("corpus");
		Corpus.create(corpusFolder, "Imported", Schema.defaultSchema());
		CorpusRegistry.getDefault().add(corpusFolder);
		return corpusFolder;
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite c) {
				T found = find(c, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void thePreviewForgetsThatAFolderWasEmptyOnceItHoldsAPage() throws Exception {
		Path corpusFolder = registeredCorpus();
		Path pages = Files.createDirectories(temp.resolve("downloads"));
		ImportArticlesWizard wizard = new ImportArticlesWizard();
		wizard.preset(List.of(pages), corpusFolder);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		try {
			dialog.open();
			dialog.showPage(wizard.getPages()[1]);
			assertEquals("No file of the chosen types in the chosen folders.", dialog.getCurrentPage().getErrorMessage());

			dialog.showPage(wizard.getPages()[0]);
			Files.writeString(pages.resolve("talks.html"), "<html><head><title>Talks resume</title></head><body><article>"
					+ "<h1>Talks resume</h1><p>Seoul and Beijing resumed talks on Monday, officials said.</p></article></body></html>");
			dialog.showPage(wizard.getPages()[1]);

			assertEquals(null, dialog.getCurrentPage().getErrorMessage(), "the message of the empty folder is gone");
			assertTrue(dialog.getCurrentPage().isPageComplete());
		} finally {
			dialog.close();
			CorpusRegistry.getDefault().remove(corpusFolder);
		}
	}

	@Test
	void importingAFolderAddsItsArticlesAndReportsTheBrokenFile() throws Exception {
		Path corpusFolder = registeredCorpus();
		Path in = Files.createDirectories(temp.resolve("in"));
		Files.writeString(in.resolve("talks.html"), """
				<html lang="en"><head><title>Talks resume | Example</title></head><body><nav>Home World</nav>
				<article><h1>Talks resume</h1><p>Seoul and Beijing resumed talks on Monday, officials said.</p>
				<p>Trade rose 4.5 percent year-on-year.</p></article><footer>Copyright</footer></body></html>""");
		Files.writeString(in.resolve("empty.txt"), "");
		try {
			ImportArticlesWizard wizard = new ImportArticlesWizard();
			wizard.preset(List.of(in), corpusFolder);

			CorpusImporter.Summary summary = wizard.runImport((fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor()));

			assertEquals(1, summary.added().size());
			assertEquals(1, summary.failed().size());
			assertEquals("empty.txt", summary.failed().get(0).file().getFileName().toString());
			Corpus corpus = CorpusRegistry.getDefault().corpus(corpusFolder);
			assertEquals(List.of("talks"), corpus.documentIds());
			assertTrue(corpus.loadDocument("talks").text().contains("Trade rose 4.5 percent"));
		} finally {
			CorpusRegistry.getDefault().remove(corpusFolder);
		}
	}
}

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
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
	void importingAFolderAddsItsArticlesAndReportsTheBrokenFile() throws Exception {
		Path corpusFolder = temp.resolve("corpus");
		Corpus.create(corpusFolder, "Imported", Schema.defaultSchema());
		CorpusRegistry.getDefault().add(corpusFolder);
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

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.ExchangeSteps.PHRASE;
import static org.policyannotator.ui.tests.ExchangeSteps.saveClaim;
import static org.policyannotator.ui.tests.ExchangeSteps.synchronous;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;
import static org.policyannotator.ui.tests.UiTestSupport.sampleFolder;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentCodes;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.exports.ExportDatasetWizard;
import org.policyannotator.ui.imports.ImportAnnotationsWizard;

/**
 * File > Import > Annotation Set brings an exported set into a corpus with the same documents, or lists every
 * problem and leaves the corpus alone.
 */
class ImportAnnotationsWizardTest {
	@TempDir
	Path temp;
	private Path freshFolder;
	private Corpus fresh;

	@BeforeEach
	void freshCorpusWithTheSampleDocument() throws Exception {
		freshFolder = temp.resolve("fresh");
		fresh = Corpus.create(freshFolder, "Fresh", sampleCorpus().schema());
		fresh.addDocument(sampleCorpus().loadDocument(AnnotationSteps.DOCUMENT));
		CorpusRegistry.getDefault().add(freshFolder);
	}

	@AfterEach
	void cleanUp() throws Exception {
		CorpusRegistry.getDefault().remove(freshFolder);
		AnnotationSteps.closeAndForget();
	}

	/** Exports the sample document's set of the test annotator with the export wizard. */
	private Path exportClaim(ExportFormat format, String name) throws Exception {
		saveClaim();
		Path file = temp.resolve(name);
		ExportDatasetWizard export = new ExportDatasetWizard();
		export.request().corpus(sampleFolder());
		export.request().format(format);
		export.request().target(file);
		export.request().documents(List.of(AnnotationSteps.DOCUMENT));
		export.request().annotators(Set.of(AnnotatorIdentity.current()));
		export.runExport(synchronous());
		return file;
	}

	private ImportAnnotationsWizard wizard(Path file, Optional<String> annotator) {
		ImportAnnotationsWizard wizard = new ImportAnnotationsWizard();
		wizard.preset(file, Optional.empty(), freshFolder, annotator);
		return wizard;
	}

	@Test
	void anExportedNativeFileComesBackIntoAFreshCorpusAndTheNavigatorRefreshes() throws Exception {
		Path file = exportClaim(ExportFormat.NATIVE, "sample.json");
		AtomicInteger refreshes = new AtomicInteger();
		Runnable listener = refreshes::incrementAndGet;
		CorpusRegistry.getDefault().addListener(listener);
		try {
			ImportReport report = wizard(file, Optional.empty()).runImport(synchronous());

			assertEquals(1, report.sets());
			assertEquals(1, report.annotations());
			assertEquals(0, report.replaced());
			assertTrue(refreshes.get() > 0, "the navigator is told");
		} finally {
			CorpusRegistry.getDefault().removeListener(listener);
		}
		AnnotationSet set = fresh.loadSet(AnnotatorIdentity.current(), AnnotationSteps.DOCUMENT);
		Annotation claim = set.annotations().get(0);
		assertEquals("claim", claim.type());
		assertEquals(PHRASE, claim.firstSpan().quote());
		AnnotationSet original = sampleCorpus().loadSet(AnnotatorIdentity.current(), AnnotationSteps.DOCUMENT);
		assertEquals(original.annotations(), set.annotations());
	}

	@Test
	void aRefiProjectBringsBackTheDocumentCodesWithThePassages() throws Exception {
		String me = AnnotatorIdentity.current();
		DocumentCodes.set(sampleCorpus(), me, java.util.Map.of(AnnotationSteps.DOCUMENT, List.of("statistic", "claim")));
		try {
			Path file = exportClaim(ExportFormat.REFI_QDA, "sample.qdpx");

			ImportReport report = wizard(file, Optional.empty()).runImport(synchronous());

			assertEquals(List.of("statistic", "claim"), DocumentCodes.of(fresh, me, AnnotationSteps.DOCUMENT));
			assertEquals(1, report.annotations());
			assertTrue(ImportAnnotationsWizard.summary(report, file).contains("document codes given to 1 document"),
					ImportAnnotationsWizard.summary(report, file));
		} finally {
			DocumentCodes.set(sampleCorpus(), me, java.util.Map.of(AnnotationSteps.DOCUMENT, List.of()));
		}
	}

	@Test
	void anOpenEditorWithoutUnsavedWorkIsReopenedToShowTheImportedAnnotations() throws Exception {
		Path file = exportClaim(ExportFormat.NATIVE, "sample.json");
		org.eclipse.ui.IWorkbenchPage page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getActivePage();
		page.openEditor(new org.policyannotator.ui.editor.DocumentEditorInput(freshFolder, AnnotationSteps.DOCUMENT,
				"in the fresh corpus"), org.policyannotator.ui.ViewIds.ANNOTATION_EDITOR);
		wizard(file, Optional.empty()).runImport(synchronous());

		String note = ImportAnnotationsWizard.reopenEditors(freshFolder.toAbsolutePath().normalize());

		assertTrue(note.contains("Reopened"), note);
		var editor = (org.policyannotator.ui.editor.AnnotationEditor) java.util.Arrays.stream(page.getEditorReferences())
				.map(r -> r.getEditor(true)).filter(e -> e instanceof org.policyannotator.ui.editor.AnnotationEditor a
						&& a.session().orElseThrow().corpus().directory().equals(freshFolder.toAbsolutePath().normalize()))
				.findFirst().orElseThrow();
		assertEquals(1, editor.session().orElseThrow().set().size(), "the reopened editor shows the imported claim");
	}

	@Test
	void theAnnotatorNameCanBeOverriddenAndASecondImportReplacesTheSet() throws Exception {
		Path file = exportClaim(ExportFormat.JSONL, "sample.jsonl");

		wizard(file, Optional.of("colleague")).runImport(synchronous());
		ImportReport again = wizard(file, Optional.of("colleague")).runImport(synchronous());

		assertEquals(1, again.replaced());
		assertEquals(List.of("colleague"), fresh.annotators());
		assertTrue(ImportAnnotationsWizard.summary(again, file).contains("1 replaced sets that had annotations"));
	}

	@Test
	void aFileThatDoesNotFitListsTheProblemWithFileAndLineAndImportsNothing() throws Exception {
		Path file = exportClaim(ExportFormat.JSONL, "sample.jsonl");
		Path broken = temp.resolve("broken.jsonl");
		Files.writeString(broken, Files.readString(file).replace("\"quote\":\"" + PHRASE, "\"quote\":\"Japan" + PHRASE));

		InvocationTargetException failure = assertThrows(InvocationTargetException.class,
				() -> wizard(broken, Optional.empty()).runImport(synchronous()));

		ImportException problems = assertInstanceOf(ImportException.class, failure.getCause());
		String first = problems.problems().get(0);
		assertTrue(first.contains("broken.jsonl") && first.contains("quotes"), first);
		assertEquals(List.of(), fresh.annotators(), "nothing written");
	}

	@Test
	void thePageRecognisesTheFormatAndRefusesABadAnnotatorName() throws Exception {
		Path file = exportClaim(ExportFormat.W3C, "sample.jsonld");
		ImportAnnotationsWizard wizard = wizard(file, Optional.of("not a name!"));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			WizardPage page = (WizardPage) dialog.getCurrentPage();

			assertEquals(Optional.of(ImportFormat.W3C), wizard.request().format());
			assertFalse(page.isPageComplete());
			assertTrue(page.getErrorMessage().contains("\"not a name!\" is not a valid name"), page.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	@Test
	void importWizardAndNavigatorCommandsAreRegistered() {
		assertTrue(PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(ImportAnnotationsWizard.ID) != null);
		var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		for (String id : List.of("org.policyannotator.ui.command.exportDataset",
				"org.policyannotator.ui.command.importAnnotationSet")) {
			assertTrue(commands.getCommand(id).isDefined(), id);
			assertTrue(commands.getCommand(id).isHandled(), id);
		}
	}
}

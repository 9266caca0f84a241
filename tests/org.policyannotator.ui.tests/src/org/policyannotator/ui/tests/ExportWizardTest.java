package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.ExchangeSteps.JSON;
import static org.policyannotator.ui.tests.ExchangeSteps.PHRASE;
import static org.policyannotator.ui.tests.ExchangeSteps.cancelled;
import static org.policyannotator.ui.tests.ExchangeSteps.filesIn;
import static org.policyannotator.ui.tests.ExchangeSteps.find;
import static org.policyannotator.ui.tests.ExchangeSteps.jsonLines;
import static org.policyannotator.ui.tests.ExchangeSteps.saveClaim;
import static org.policyannotator.ui.tests.ExchangeSteps.synchronous;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;
import static org.policyannotator.ui.tests.UiTestSupport.sampleFolder;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportResult;
import org.policyannotator.model.Annotation;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.exports.ExportDatasetWizard;
import org.policyannotator.ui.exports.ExportSummary;

import com.fasterxml.jackson.databind.JsonNode;

/** File > Export > Annotation Dataset writes what the analyst tagged, in the chosen format, or nothing at all. */
class ExportWizardTest {
	@TempDir
	Path temp;

	@AfterEach
	void forgetTheSavedClaim() throws Exception {
		AnnotationSteps.closeAndForget();
	}

	private static ExportDatasetWizard wizardFor(ExportFormat format, Path target) throws Exception {
		ExportDatasetWizard wizard = new ExportDatasetWizard();
		wizard.request().corpus(sampleFolder());
		wizard.request().format(format);
		wizard.request().target(target);
		return wizard;
	}

	@Test
	void exportWizardIsListedUnderFileExport() {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry()
				.findWizard(ExportDatasetWizard.ID);
		assertEquals("Annotation Dataset", descriptor.getLabel());
	}

	@Test
	void jsonlExportHoldsTheSavedClaimWithOffsetsThatSelectItsQuote() throws Exception {
		Annotation claim = saveClaim();
		Path target = temp.resolve("sample.jsonl");
		ExportDatasetWizard wizard = wizardFor(ExportFormat.JSONL, target);

		ExportResult result = wizard.runExport(synchronous());

		assertTrue(result.annotations() >= 1, ExportSummary.text(result));
		assertTrue(ExportSummary.text(result).startsWith("Exported " + result.documents() + " documents"));
		List<JsonNode> lines = jsonLines(target);
		assertEquals("policyannotator-dataset", lines.get(0).path("format").asText());
		JsonNode document = find(JSON.valueToTree(lines.subList(1, lines.size())), "id", AnnotationSteps.DOCUMENT);
		String text = document.path("text").asText();
		JsonNode set = find(document.path("sets"), "annotator", AnnotatorIdentity.current());
		JsonNode exported = find(set.path("annotations"), "id", claim.id());
		assertEquals("claim", exported.path("type").asText());
		JsonNode span = exported.path("spans").get(0);
		assertEquals(PHRASE, span.path("quote").asText());
		assertEquals(PHRASE, text.substring(span.path("start").asInt(), span.path("end").asInt()));
	}

	@Test
	void w3cExportSelectsTheQuoteByCodePointPosition() throws Exception {
		saveClaim();
		Path target = temp.resolve("sample.jsonld");
		ExportDatasetWizard wizard = wizardFor(ExportFormat.W3C, target);
		wizard.request().documents(List.of(AnnotationSteps.DOCUMENT));
		wizard.request().annotators(Set.of(AnnotatorIdentity.current()));

		ExportResult result = wizard.runExport(synchronous());

		assertEquals(1, result.documents());
		JsonNode collection = JSON.readTree(target.toFile());
		assertEquals("AnnotationCollection", collection.path("type").asText());
		String text = sampleCorpus().loadDocument(AnnotationSteps.DOCUMENT).text();
		JsonNode selectors = null;
		for (JsonNode item : collection.path("first").path("items")) {
			JsonNode candidate = item.path("target").get(0).path("selector");
			if (PHRASE.equals(find(candidate, "type", "TextQuoteSelector").path("exact").asText())) {
				selectors = candidate;
			}
		}
		assertTrue(selectors != null, "the claim is in the collection: " + collection);
		JsonNode position = find(selectors, "type", "TextPositionSelector");
		int start = text.offsetByCodePoints(0, position.path("start").asInt());
		int end = text.offsetByCodePoints(0, position.path("end").asInt());
		assertEquals(PHRASE, text.substring(start, end));
	}

	@Test
	void leavingTheTextOutKeepsTheQuotes() throws Exception {
		saveClaim();
		Path target = temp.resolve("no-text.jsonl");
		ExportDatasetWizard wizard = wizardFor(ExportFormat.JSONL, target);
		wizard.request().documents(List.of(AnnotationSteps.DOCUMENT));
		wizard.request().includeText(false);

		wizard.runExport(synchronous());

		List<JsonNode> lines = jsonLines(target);
		assertFalse(lines.get(0).path("selection").path("text").asBoolean(true));
		JsonNode document = lines.get(1);
		assertFalse(document.has("text"), "no text in " + document);
		String quotes = document.path("sets").toString();
		assertTrue(quotes.contains(PHRASE), quotes);
	}

	@Test
	void formatsThatNeedTheTextGetItEvenWhenUnticked() throws Exception {
		Path target = temp.resolve("doccano.jsonl");
		ExportDatasetWizard wizard = wizardFor(ExportFormat.DOCCANO, target);
		wizard.request().includeText(false);

		assertTrue(wizard.request().includeText());
		ExportResult result = wizard.runExport(synchronous());
		assertTrue(Files.size(target) > 0 && result.documents() > 0);
	}

	@Test
	void cancellingLeavesNoFileBehind() throws Exception {
		Path target = temp.resolve("cancelled.json");
		ExportDatasetWizard wizard = wizardFor(ExportFormat.NATIVE, target);

		InterruptedException cancel = assertThrows(InterruptedException.class, () -> wizard.runExport(cancelled()));

		assertEquals(ExportDatasetWizard.CANCELLED, cancel.getMessage());
		assertEquals(List.of(), filesIn(temp), "nothing written, not even a temporary file");
	}

	@Test
	void aFailedExportNamesTheTargetAndLeavesNothing() throws Exception {
		Path target = temp.resolve("brat");
		Files.createDirectories(target.resolve("old"));
		ExportDatasetWizard wizard = wizardFor(ExportFormat.BRAT, target);

		InvocationTargetException failure = assertThrows(InvocationTargetException.class,
				() -> wizard.runExport(synchronous()));

		assertTrue(failure.getCause().getMessage().contains(target.toString()), failure.getCause().getMessage());
		assertEquals(List.of(target.resolve("old")), filesIn(target));
	}

	@Test
	void selectedDocumentsInTheNavigatorArePreselected() throws Exception {
		ExportDatasetWizard wizard = new ExportDatasetWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(List.of(
				new DocumentNode(sampleFolder(), AnnotationSteps.DOCUMENT, "a document"))));

		assertEquals(sampleFolder(), wizard.request().corpus().orElseThrow());
		assertEquals(List.of(AnnotationSteps.DOCUMENT), wizard.request().documents());
		assertEquals(List.of(AnnotationSteps.DOCUMENT), wizard.request().options().documents());
	}

	@Test
	void aSelectedCorpusIsPreselectedWithAllItsDocuments() throws Exception {
		ExportDatasetWizard wizard = new ExportDatasetWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(new CorpusNode(sampleFolder(), "Sample", null)));

		assertEquals(sampleFolder(), wizard.request().corpus().orElseThrow());
		assertEquals(List.of(), wizard.request().options().documents(), "empty means all");
	}

	@Test
	void theFirstPageRefusesANonEmptyFolderForBrat() throws Exception {
		Path target = Files.createDirectories(temp.resolve("brat"));
		Files.writeString(target.resolve("notes.txt"), "mine");
		IWizardPage page = firstPage(wizardFor(ExportFormat.BRAT, target), dialog -> {
		});

		assertFalse(page.isPageComplete());
		assertTrue(((WizardPage) page).getErrorMessage().contains("folder is not empty"),
				((WizardPage) page).getErrorMessage());
	}

	@Test
	void theFirstPageWarnsThatAnExistingFileWillBeReplaced() throws Exception {
		Path target = Files.writeString(temp.resolve("old.json"), "{}");
		IWizardPage page = firstPage(wizardFor(ExportFormat.NATIVE, target), dialog -> {
		});

		assertTrue(page.isPageComplete());
		WizardPage wizardPage = (WizardPage) page;
		assertNull(wizardPage.getErrorMessage());
		assertEquals(IMessageProvider.WARNING, wizardPage.getMessageType());
		assertTrue(wizardPage.getMessage().contains("old.json"), wizardPage.getMessage());
	}

	@Test
	void theFirstPageWarnsThatUnsavedTaggingIsNotExported() throws Exception {
		AnnotationEditor editor = UiTestSupport.open(AnnotationSteps.DOCUMENT);
		AnnotationSteps.tag(editor, PHRASE, "1");
		assertTrue(editor.isDirty());

		WizardPage page = (WizardPage) firstPage(wizardFor(ExportFormat.JSONL, temp.resolve("x.jsonl")), dialog -> {
		});

		assertTrue(page.isPageComplete());
		assertEquals(IMessageProvider.WARNING, page.getMessageType());
		assertTrue(page.getMessage().contains(editor.getTitle()) && page.getMessage().contains("not exported"),
				page.getMessage());
	}

	@Test
	void theContentsPageListsTheDocumentsTypesAndAnnotators() throws Exception {
		ExportDatasetWizard wizard = wizardFor(ExportFormat.DOCCANO, temp.resolve("d.jsonl"));
		IWizardPage contents = firstPage(wizard, dialog -> dialog.showPage(wizard.getPages()[1]));

		assertTrue(contents.isPageComplete(), ((WizardPage) contents).getErrorMessage());
		assertTrue(wizard.canFinish());
		assertEquals(List.of(), wizard.request().documents(), "all documents by default");
	}

	/** Creates the wizard dialog (not opened: no event loop of its own), runs a step, returns the page shown. */
	private static IWizardPage firstPage(ExportDatasetWizard wizard, java.util.function.Consumer<WizardDialog> step) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			step.accept(dialog);
			UiTestSupport.processEvents();
			return dialog.getCurrentPage();
		} finally {
			dialog.close();
		}
	}
}

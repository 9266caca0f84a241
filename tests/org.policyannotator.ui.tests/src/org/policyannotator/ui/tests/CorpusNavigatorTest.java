package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.DOCUMENT;
import static org.policyannotator.ui.tests.AnnotationSteps.tag;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusFolders;
import org.policyannotator.ui.corpus.CorpusNavigatorView;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.RemoveCorpusHandler;
import org.policyannotator.ui.wizards.NewCorpusWizard;

/** The corpus navigator: counts per annotator, New Corpus wizard, adding and removing corpora. */
class CorpusNavigatorTest {
	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		AnnotationSteps.closeAndForget();
		for (Path folder : CorpusRegistry.getDefault().folders()) {
			if (folder.startsWith(temp)) {
				CorpusRegistry.getDefault().remove(folder);
			}
		}
		processEvents();
	}

	private static CorpusNavigatorView navigator() {
		return (CorpusNavigatorView) page().findView(ViewIds.CORPUS_NAVIGATOR);
	}

	private static String documentLabel(String title) {
		CorpusNavigatorView navigator = navigator();
		navigator.viewer().expandAll();
		for (TreeItem corpus : navigator.viewer().getTree().getItems()) {
			for (TreeItem document : corpus.getItems()) {
				if (document.getText().startsWith(title)) {
					return document.getText();
				}
			}
		}
		throw new AssertionError("no document titled " + title);
	}

	@Test
	void aDocumentShowsItsAnnotationCountPerAnnotatorAfterASave() throws Exception {
		String title = sampleCorpus().loadDocument(DOCUMENT).title();
		assertEquals(title, documentLabel(title), "no counts before anyone annotated");
		var editor = open(DOCUMENT);
		tag(editor, "four-point proposal", "3");
		tag(editor, "China and South Korea are permanent neighbors", "1");

		editor.doSave(null);
		processEvents();

		assertEquals(title + " \u2014 " + AnnotatorIdentity.current() + " 2", documentLabel(title));
	}

	@Test
	void theNewCorpusWizardCreatesTheCorpusWithTheChosenSchemaAndListsIt() throws Exception {
		Path schemaFile = temp.resolve("schema.json");
		SchemaFiles.write(schemaFile, Schema.defaultSchema());
		Path folder = temp.resolve("hearings");
		NewCorpusWizard wizard = new NewCorpusWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().fill("", folder, Optional.empty());
			assertFalse(wizard.page().isPageComplete(), "a corpus needs a name");
			wizard.page().fill("Hearings", folder, Optional.of(schemaFile));
			assertTrue(wizard.page().isPageComplete(), String.valueOf(wizard.page().getErrorMessage()));
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		processEvents();

		assertEquals("Hearings", Corpus.open(folder).name());
		assertEquals(6, Corpus.open(folder).schema().tagTypes().size());
		assertTrue(CorpusRegistry.getDefault().folders().contains(folder.toAbsolutePath().normalize()));
		assertTrue(Arrays.stream(navigator().viewer().getTree().getItems()).anyMatch(i -> i.getText().equals("Hearings")),
				"the navigator lists the new corpus");
	}

	@Test
	void fileNewCorpusReachesTheWizard() {
		assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(ViewIds.NEW_CORPUS_WIZARD));
		Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
		MenuItem file = item(bar, "File");
		MenuItem newItem = item(file.getMenu(), "New");
		MenuItem corpus = item(newItem.getMenu(), "Corpus");
		assertTrue(corpus.isEnabled());
	}

	private static MenuItem item(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").startsWith(text)) {
				return item;
			}
		}
		throw new AssertionError("no " + text + " among " + Arrays.toString(menu.getItems()));
	}

	@Test
	void addingAnExistingCorpusChecksThatTheFolderIsACorpus() throws Exception {
		Path notACorpus = Files.createDirectories(temp.resolve("plain"));
		assertTrue(CorpusFolders.addExisting(notACorpus).isPresent(), "a plain folder is refused");
		assertFalse(CorpusRegistry.getDefault().folders().contains(notACorpus));

		Path folder = temp.resolve("existing");
		Corpus.create(folder, "Existing", Schema.defaultSchema());
		assertEquals(Optional.empty(), CorpusFolders.addExisting(folder));
		assertTrue(CorpusRegistry.getDefault().folders().contains(folder.toAbsolutePath().normalize()));
	}

	@Test
	void removeFromListForgetsTheCorpusAfterConfirmingAndKeepsItsFolder() throws Exception {
		Path folder = temp.resolve("doomed");
		Corpus.create(folder, "Doomed", Schema.defaultSchema());
		CorpusRegistry.getDefault().add(folder);
		processEvents();
		CorpusNavigatorView navigator = navigator();
		page().activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(new CorpusNode(folder.toAbsolutePath().normalize(),
				"Doomed", null)));
		processEvents();
		pressDefaultButtonOf(RemoveCorpusHandler.TITLE);

		run("org.policyannotator.ui.command.removeCorpus", Map.of());

		assertFalse(CorpusRegistry.getDefault().folders().contains(folder.toAbsolutePath().normalize()));
		assertTrue(Files.exists(folder.resolve("corpus.json")), "the folder stays on disk");
	}

	/** Presses OK in the dialog with this title once it opens. */
	static void pressDefaultButtonOf(String title) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		int[] tries = { 0 };
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.getDefaultButton() != null) {
					Button ok = shell.getDefaultButton();
					ok.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			if (tries[0]++ < 100) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}

package org.policyannotator.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * Synchronize in the workbench, against a bare repository on a "shared drive": the open editor's tagging is saved
 * and sent, and what the same annotator tagged on another machine shows up in the open editor.
 */
class SynchronizeTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points.";

	@TempDir
	Path temp;
	private Path here;
	private Path elsewhere;
	private String me;

	@BeforeEach
	void aSharedCorpusAndASecondClone() throws Exception {
		me = AnnotatorIdentity.current();
		here = temp.resolve("here").toAbsolutePath().normalize();
		Corpus corpus = Corpus.create(here, "talks", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		Path bare = temp.resolve("shared-drive/talks.git");
		TeamRepository.share(here, Optional.of(bare.toString()), Optional.empty(), Progress.NONE).close();
		elsewhere = temp.resolve("elsewhere");
		TeamRepository.clone(bare.toString(), elsewhere, Optional.empty(), Progress.NONE).close();
		CorpusRegistry.getDefault().add(here);
	}

	@AfterEach
	void forget() {
		page().closeAllEditors(false);
		CorpusRegistry.getDefault().remove(here);
		processEvents();
	}

	@Test
	void synchronizeSendsTheSavedTaggingAndTheOpenEditorShowsWhatCameFromElsewhere() throws Exception {
		Corpus other = Corpus.open(elsewhere);
		AnnotationSet there = other.loadSet(me, "doc");
		there.add(annotation("a1", "proposal", "Lee proposed four points"));
		other.saveSet(there);
		try (TeamRepository team = TeamRepository.open(elsewhere)) {
			team.sync("tagged at home", Optional.empty(), Progress.NONE);
		}
		AnnotationEditor editor = open();
		editor.execute("Tag", AnnotationEdit.add(annotation(editor.session().get().set().newId(), "statistic",
				"24.5 percent")));
		assertTrue(new CorpusEditors(here).dirty().contains(editor), "the tagging is not saved yet");
		assertTrue(new CorpusEditors(here).saveAll());

		SyncOutcome outcome = synchronize();

		assertEquals(Optional.empty(), outcome.error());
		assertEquals(List.of("annotations/" + me + "/doc.json"), outcome.result().get().committed());
		assertTrue(outcome.result().get().received().contains("annotations/" + me + "/doc.json"),
				outcome.result().get().received().toString());
		assertTrue(outcome.summary().startsWith("Sent 1 file, received "), outcome.summary());
		assertEquals(List.of("24.5 percent", "Lee proposed four points"), quotes(editor.session().get().set()));
		assertFalse(editor.isDirty(), "the editor shows what is on disk");

		try (TeamRepository team = TeamRepository.open(elsewhere)) {
			team.sync("again", Optional.empty(), Progress.NONE);
		}
		assertEquals(List.of("24.5 percent", "Lee proposed four points"),
				quotes(Corpus.open(elsewhere).loadSet(me, "doc")));
		editor.execute("Tag", AnnotationEdit.add(annotation(editor.session().get().set().newId(), "claim",
				"Xi said")));
		page().saveEditor(editor, false);
		assertFalse(editor.isDirty(), "the reloaded set saves without a 'changed on disk' refusal");
	}

	@Test
	void aCorpusThatIsNotSharedIsNotSynchronisedAndTheOutcomeSaysWhy() throws Exception {
		Path alone = temp.resolve("alone");
		Corpus.create(alone, "alone", Schema.defaultSchema());

		SyncOutcome outcome = synchronize(alone);

		assertTrue(outcome.result().isEmpty());
		assertTrue(outcome.summary().contains("not shared yet"), outcome.summary());
	}

	@Test
	void ctrlAltSSynchronizesAndSuggestMovedToCtrlAltG() throws Exception {
		AnnotationEditor editor = open();
		page().activate(editor);
		processEvents();

		assertEquals("org.policyannotator.ui.command.team.synchronize", boundTo("M1+M3+S"));
		assertEquals("org.policyannotator.ui.command.suggest", boundTo("M1+M3+G"));
	}

	private static String boundTo(String keys) throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
		return binding == null ? "nothing" : binding.getParameterizedCommand().getId();
	}

	private SyncOutcome synchronize() throws InterruptedException {
		return synchronize(here);
	}

	private static SyncOutcome synchronize(Path corpus) throws InterruptedException {
		AtomicReference<SyncOutcome> outcome = new AtomicReference<>();
		SyncJob job = new SyncJob(corpus, "tagged at work", Optional.of(AnnotatorIdentity.current()), Optional.empty(),
				outcome::set);
		job.schedule();
		long deadline = System.currentTimeMillis() + 60_000;
		while (outcome.get() == null && System.currentTimeMillis() < deadline) {
			if (!Display.getCurrent().readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertTrue(outcome.get() != null, "the synchronisation reported back");
		return outcome.get();
	}

	private AnnotationEditor open() throws Exception {
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(new DocumentEditorInput(here, "doc", "Talks"),
				ViewIds.ANNOTATION_EDITOR);
		processEvents();
		return editor;
	}

	private Annotation annotation(String id, String type, String quote) {
		int start = TEXT.indexOf(quote);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + quote.length())), me, Instant.now());
	}

	private static List<String> quotes(AnnotationSet set) {
		return set.annotations().stream().map(a -> a.spans().get(0).quote()).sorted().toList();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		while (Display.getCurrent().readAndDispatch()) {
			// run what is queued
		}
	}
}

package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.suggest.UserRules;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.suggest.ReviewHandler;
import org.policyannotator.ui.suggest.TagAllOccurrences;
import org.policyannotator.ui.suggest.TransientStatus;

/** Tag All Occurrences: in the open document or the whole corpus, one undo each, the rule kept on request. */
class TagAllOccurrencesTest {
	private static final String DOCUMENT = "004_807306f16bda8665";

	@AfterEach
	void cleanUp() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		Corpus corpus = sampleCorpus();
		for (String id : corpus.documentIds()) {
			Files.deleteIfExists(corpus.setFile(AnnotatorIdentity.current(), id));
		}
		Files.deleteIfExists(corpus.directory().resolve(UserRules.FILE));
	}

	private static int countIn(Corpus corpus, String id) throws Exception {
		return Files.exists(corpus.setFile(AnnotatorIdentity.current(), id))
				? Corpus.open(corpus.directory()).loadSet(AnnotatorIdentity.current(), id).size()
				: 0;
	}

	@Test
	void aRegexInTheOpenDocumentIsOneUndoableStepOfSuggestions() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		var set = editor.session().orElseThrow().set();
		TagAllOccurrences.Result result = TagAllOccurrences.run(editor,
				new TagAllOccurrences.Request("South Korea\\w*", true, "claim", false, false));
		assertTrue(result.added() > 1, result.describe());
		assertEquals(result.added(), set.size());
		assertTrue(set.annotations().stream().allMatch(a -> a.status() == AnnotationStatus.SUGGESTED
				&& a.firstSpan().quote().startsWith("South Korea")));
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.undoContext(), null, null);
		processEvents();
		assertEquals(0, set.size());
		assertThrows(IllegalArgumentException.class, () -> TagAllOccurrences.run(editor,
				new TagAllOccurrences.Request("(South", true, "claim", false, false)));
	}

	@Test
	void theWholeCorpusIsTaggedSavedAndUndoneAndTheRuleIsKept() throws Exception {
		Corpus corpus = sampleCorpus();
		AnnotationEditor editor = open(DOCUMENT);
		TagAllOccurrences.Result result = TagAllOccurrences.run(editor,
				new TagAllOccurrences.Request("Seoul", false, "claim", true, true));
		List<String> others = corpus.documentIds().stream().filter(id -> !id.equals(DOCUMENT)).toList();
		int onDisk = 0;
		for (String id : others) {
			onDisk += countIn(corpus, id);
		}
		assertTrue(onDisk > 0, "other documents' sets are saved with their suggestions");
		assertEquals(result.added(), onDisk + editor.session().orElseThrow().set().size(), result.describe());
		assertTrue(result.ruleSaved());
		assertTrue(Files.readString(corpus.directory().resolve(UserRules.FILE)).contains("claim\ttext\tSeoul"));
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		processEvents();
		for (String id : others) {
			assertEquals(0, countIn(corpus, id), "one undo takes the other documents back: " + id);
		}
		history.redo(editor.undoContext(), null, null);
		assertEquals(onDisk, others.stream().mapToInt(id -> {
			try {
				return countIn(corpus, id);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}).sum(), "redo saves them again");
	}

	@Test
	void theMessageOfTagAllIsClearedOnUndoAndOnTheNextCommand() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		List<String> statusLine = new ArrayList<>();
		TransientStatus status = new TransientStatus(statusLine::add, commands, history);
		TagAllOccurrences.Result result = TagAllOccurrences.run(editor,
				new TagAllOccurrences.Request("South Korea\\w*", true, "claim", false, false));
		assertTrue(result.added() > 0, result.describe());
		status.show(result.describe());
		assertEquals(result.describe(), statusLine.get(statusLine.size() - 1));
		history.undo(editor.undoContext(), null, null);
		processEvents();
		assertNull(statusLine.get(statusLine.size() - 1), "undo clears the message");
		TagAllOccurrences.run(editor, new TagAllOccurrences.Request("South Korea\\w*", true, "claim", false, false));
		status.show("again");
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand("org.policyannotator.ui.command.review"), Map.of(ReviewHandler.ACTION, "next")), null);
		processEvents();
		assertNull(statusLine.get(statusLine.size() - 1), "the next command clears it");
		int seen = statusLine.size();
		history.undo(editor.undoContext(), null, null);
		assertEquals(seen, statusLine.size(), "cleared once, then it listens no more");
	}
}

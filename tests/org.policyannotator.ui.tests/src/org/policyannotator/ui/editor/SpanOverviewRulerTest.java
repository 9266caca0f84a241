package org.policyannotator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** The overview ruler shows a mark per annotation in its type's colour, follows every edit and jumps on a click. */
class SpanOverviewRulerTest {
	private static final String RED = "test.red";
	private static final String BLUE = "test.blue";
	private static final String DOCUMENT = "004_807306f16bda8665";
	private static final String TEXT = IntStream.range(0, 200).mapToObj(i -> "line " + i + "\n").reduce("", String::concat);

	private Shell shell;
	private SpanOverviewRuler ruler;
	private SourceViewer viewer;
	private final AnnotationModel model = new AnnotationModel();
	private final Document document = new Document(TEXT);

	@AfterEach
	void close() throws Exception {
		if (shell != null) {
			shell.dispose();
		}
		page().closeAllEditors(false);
		processEvents();
		Path folder = sampleFolder();
		Files.deleteIfExists(CorpusRegistry.getDefault().corpus(folder).setFile(AnnotatorIdentity.current(), DOCUMENT));
	}

	@Test
	void eachTypeIsMarkedInItsOwnRowAndARemovedAnnotationDisappears() throws Exception {
		showViewer();
		Annotation red = add(RED, 10);
		add(BLUE, 150);

		assertEquals(Optional.of(RED), shownAtLine(10));
		assertEquals(Optional.of(BLUE), shownAtLine(150));
		assertEquals(Optional.empty(), shownAtLine(80));

		model.removeAnnotation(red);
		processEvents();
		assertEquals(Optional.empty(), shownAtLine(10), "the removed annotation's mark is gone");
		assertEquals(Optional.of(BLUE), shownAtLine(150));
	}

	@Test
	void aRedrawOfColoursKeepsTheMarksWhereTheyAreAndAnInsertedLineMovesThem() throws Exception {
		showViewer();
		add(RED, 10);
		java.util.List<org.eclipse.jface.text.TextEvent> events = new java.util.ArrayList<>();
		viewer.addTextListener(events::add);

		viewer.invalidateTextPresentation(document.getLineOffset(9), 40);
		processEvents();
		assertEquals(1, events.size());
		assertTrue(SpanOverviewRuler.presentationOnly(events.get(0)), "a redraw of colours is not a text change");
		assertEquals(Optional.of(RED), shownAtLine(10));

		document.replace(0, 0, "new line\nanother\n");
		processEvents();
		assertEquals(2, events.size());
		assertTrue(!SpanOverviewRuler.presentationOnly(events.get(1)), "inserting text is a text change");
		assertEquals(Optional.of(RED), shownAtLine(12), "the mark moved down with its text");
	}

	@Test
	void theHigherLayerIsShownOnTopAndUnregisteredTypesNotAtAll() throws Exception {
		showViewer();
		add(BLUE, 40);
		add(RED, 40);
		add("test.unregistered", 120);

		assertEquals(Optional.of(BLUE), shownAtLine(40));
		assertEquals(Optional.empty(), shownAtLine(120));
	}

	@Test
	void clickingAMarkSelectsItsAnnotation() throws Exception {
		showViewer();
		add(RED, 100);
		waitForPaint();
		int y = IntStream.range(0, ruler.getControl().getSize().y).filter(ruler::hasAnnotation).findFirst()
				.orElseThrow(() -> new AssertionError("no mark on the ruler"));

		Event click = new Event();
		click.y = y + 1;
		click.button = 1;
		ruler.getControl().notifyListeners(SWT.MouseDown, click);

		int offset = document.getLineOffset(100);
		assertEquals(new Point(offset, 4), viewer.getSelectedRange());
		assertEquals(100, ruler.getLineOfLastMouseButtonActivity());
	}

	@Test
	void inTheEditorTheMarkFollowsTaggingRetypingDeletingAndUndo() throws Exception {
		Path folder = sampleFolder();
		Corpus corpus = CorpusRegistry.getDefault().corpus(folder);
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(
				new DocumentEditorInput(folder, DOCUMENT, corpus.loadDocument(DOCUMENT).title()), ViewIds.ANNOTATION_EDITOR);
		processEvents();
		String phrase = "China and South Korea are permanent neighbors";
		int offset = editor.session().orElseThrow().document().text().indexOf(phrase);
		editor.selectAndReveal(offset, phrase.length());
		processEvents();
		SpanOverviewRuler editorRuler = editor.overviewRuler();
		assertEquals(Optional.empty(), shownAt(editorRuler, offset));

		command("org.policyannotator.ui.command.tag", Map.of("org.policyannotator.ui.command.tag.key", "1"));
		assertEquals(Optional.of(SpanStyle.FILL.annotationType("claim")), shownAt(editorRuler, offset), "tagged");

		command("org.policyannotator.ui.command.tag", Map.of("org.policyannotator.ui.command.tag.key", "2"));
		assertEquals(Optional.of(SpanStyle.FILL.annotationType("statistic")), shownAt(editorRuler, offset), "retyped");

		command("org.policyannotator.ui.command.deleteAnnotation", Map.of());
		assertEquals(Optional.empty(), shownAt(editorRuler, offset), "deleted");

		OperationHistoryFactory.getOperationHistory().undo(editor.undoContext(), null, null);
		processEvents();
		assertEquals(Optional.of(SpanStyle.FILL.annotationType("statistic")), shownAt(editorRuler, offset), "undone");
		assertTrue(editor.session().orElseThrow().set().size() == 1);
	}

	private void showViewer() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		shell.setSize(400, 400);
		ruler = new SpanOverviewRuler(SpanHighlighting.annotationAccess(), 14, EditorsUI.getSharedTextColors());
		viewer = new SourceViewer(shell, null, ruler, true, SWT.V_SCROLL | SWT.MULTI);
		ruler.addAnnotationType(RED);
		ruler.setAnnotationTypeColor(RED, shell.getDisplay().getSystemColor(SWT.COLOR_RED));
		ruler.setAnnotationTypeLayer(RED, 1);
		ruler.addAnnotationType(BLUE);
		ruler.setAnnotationTypeColor(BLUE, shell.getDisplay().getSystemColor(SWT.COLOR_BLUE));
		ruler.setAnnotationTypeLayer(BLUE, 2);
		viewer.setDocument(document, model);
		shell.open();
		processEvents();
	}

	private Annotation add(String type, int line) throws BadLocationException {
		Annotation annotation = new Annotation(type, false, type);
		model.addAnnotation(annotation, new Position(document.getLineOffset(line), 4));
		processEvents();
		return annotation;
	}

	private Optional<Object> shownAtLine(int line) throws BadLocationException {
		waitForPaint();
		return ruler.typeShownAt(document.getLineOffset(line));
	}

	/** Repaints the ruler and waits (up to 10 s) until the display has painted it: a new shell shows asynchronously. */
	private void waitForPaint() {
		waitForPaint(ruler);
	}

	private static void waitForPaint(SpanOverviewRuler ruler) {
		boolean[] painted = { false };
		org.eclipse.swt.events.PaintListener listener = event -> painted[0] = true;
		ruler.getControl().addPaintListener(listener);
		ruler.getControl().redraw();
		long until = System.nanoTime() + 10_000_000_000L;
		Display display = Display.getCurrent();
		while (!painted[0] && System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		ruler.getControl().removePaintListener(listener);
		assertTrue(painted[0], "the ruler was painted");
	}

	private static Optional<Object> shownAt(SpanOverviewRuler ruler, int offset) {
		waitForPaint(ruler);
		return ruler.typeShownAt(offset);
	}

	private static void command(String id, Map<String, String> parameters) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(id), parameters), null);
		processEvents();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Path sampleFolder() {
		return CorpusRegistry.getDefault().folders().stream().filter(f -> f.endsWith(Path.of("corpora", "sample")))
				.findFirst().orElseThrow(() -> new AssertionError("sample corpus not registered"));
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}
}

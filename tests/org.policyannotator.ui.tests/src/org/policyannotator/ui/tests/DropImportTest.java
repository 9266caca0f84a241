package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusNavigatorView;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * A PDF and a web page dragged from another window onto a corpus in the navigator end up in that corpus: the drag
 * goes through GTK's drag and drop (mouse events posted to the display), the import wizard opens with the dropped
 * files chosen, and Finish imports them with the PDF's pages.
 */
class DropImportTest {
	@TempDir
	Path temp;
	private Shell source;

	@AfterEach
	void cleanUp() {
		if (source != null) {
			source.dispose();
		}
		for (Path folder : CorpusRegistry.getDefault().folders()) {
			if (folder.startsWith(temp)) {
				CorpusRegistry.getDefault().remove(folder);
			}
		}
		processEvents();
	}

	@Test
	void filesDraggedOntoACorpusAreImportedIntoItThroughTheWizard() throws Exception {
		Path corpusFolder = temp.resolve("dropped");
		Corpus.create(corpusFolder, "Dropped files", Schema.defaultSchema());
		CorpusRegistry.getDefault().add(corpusFolder);
		Path pdf = twoPagePaper(temp.resolve("trade-brief.pdf"));
		Path html = temp.resolve("talks.html");
		java.nio.file.Files.writeString(html, """
				<html lang="en"><head><title>Talks resume | Example News</title></head><body><nav>Home World</nav>
				<article><h1>Talks resume</h1><p>Seoul and Beijing resumed talks on Monday, officials said.</p>
				</article><footer>Copyright Example News</footer></body></html>""");

		CorpusNavigatorView navigator = (CorpusNavigatorView) page().showView(ViewIds.CORPUS_NAVIGATOR);
		processEvents();
		TreeItem target = corpusItem(navigator, "Dropped files");
		source = dragSource(List.of(pdf, html));

		AtomicReference<String> wizardSeen = new AtomicReference<>();
		Display display = Display.getCurrent();
		finishWizardWhenItOpens(display, wizardSeen, System.currentTimeMillis() + 30_000);
		Rectangle bounds = target.getBounds();
		Point to = target.getParent().toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
		drag(display, source.getChildren()[0], to);
		waitUntil(display, () -> wizardSeen.get() != null && java.util.Arrays.stream(display.getShells())
				.noneMatch(shell -> !shell.isDisposed() && shell.getText().startsWith("Import")), 30_000);

		assertEquals("Import Articles: trade-brief.pdf, talks.html", wizardSeen.get(),
				"the wizard opened with the dropped files chosen");
		Corpus corpus = CorpusRegistry.getDefault().corpus(corpusFolder);
		assertEquals(2, corpus.documentIds().size(), corpus.documentIds().toString());
		Document paper = corpus.loadDocument(corpus.documentIds().stream().filter(id -> id.contains("trade"))
				.findFirst().orElseThrow());
		assertTrue(paper.text().contains("Tariffs on steel fell to 2.1 per cent"), paper.text());
		assertTrue(paper.text().contains("The secretariat shall publish a report"), paper.text());
		assertEquals(2, paper.details().pageStarts().size(), "the PDF's two pages are kept");
		assertEquals(paper.text().indexOf("The secretariat"), paper.details().pageStarts().get(1));
	}

	/** A window beside the workbench with a label that offers {@code files} when dragged, as a file manager does. */
	private static Shell dragSource(List<Path> files) {
		Shell shell = new Shell(Display.getCurrent(), SWT.SHELL_TRIM | SWT.ON_TOP);
		shell.setText("Files");
		shell.setLayout(new FillLayout());
		Label label = new Label(shell, SWT.CENTER);
		label.setText("trade-brief.pdf, talks.html");
		DragSource drag = new DragSource(label, DND.DROP_COPY);
		drag.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		drag.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = files.stream().map(Path::toString).toArray(String[]::new);
			}
		});
		shell.setBounds(700, 600, 240, 80);
		shell.open();
		processEvents();
		return shell;
	}

	/** Presses, moves in steps and releases the first mouse button from the middle of {@code from} to {@code to}. */
	private static void drag(Display display, Control from, Point to) throws InterruptedException {
		Rectangle area = from.getBounds();
		Point start = from.getParent().toDisplay(area.x + area.width / 2, area.y + area.height / 2);
		post(display, SWT.MouseMove, start.x, start.y, 0);
		post(display, SWT.MouseDown, 0, 0, 1);
		int steps = 30;
		for (int i = 1; i <= steps; i++) {
			post(display, SWT.MouseMove, start.x + (to.x - start.x) * i / steps, start.y + (to.y - start.y) * i / steps, 0);
		}
		for (int i = 0; i < 5; i++) {
			post(display, SWT.MouseMove, to.x + (i % 2), to.y, 0);
		}
		post(display, SWT.MouseUp, 0, 0, 1);
	}

	private static void post(Display display, int type, int x, int y, int button) throws InterruptedException {
		Event event = new Event();
		event.type = type;
		event.x = x;
		event.y = y;
		event.button = button;
		assertTrue(display.post(event), "the display took the posted mouse event");
		long until = System.currentTimeMillis() + 40;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(5);
			}
		}
	}

	/**
	 * Once the import wizard is open (inside the drop, whose dialog runs its own event loop), notes its title and chosen
	 * files and presses Finish; then closes the summary that Finish opens. Each check schedules the next before it
	 * presses anything, since a button that opens a dialog returns only when that dialog is closed.
	 */
	private static void finishWizardWhenItOpens(Display display, AtomicReference<String> seen, long deadline) {
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				if (System.currentTimeMillis() > deadline) {
					return;
				}
				Shell active = display.getActiveShell();
				if (active != null && "Import Articles".equals(active.getText()) && seen.get() == null) {
					seen.set(active.getText() + ": " + String.join(", ", names(find(active, org.eclipse.swt.widgets.List.class))));
					display.timerExec(100, this);
					Button finish = button(active, IDialogConstants.FINISH_LABEL);
					if (finish != null && finish.isEnabled()) {
						finish.notifyListeners(SWT.Selection, new Event());
					}
				} else if (active != null && "Import Summary".equals(active.getText())
						&& active.getData() instanceof Window summary) {
					summary.close();
				} else {
					display.timerExec(100, this);
				}
			}
		});
	}

	private static List<String> names(org.eclipse.swt.widgets.List list) {
		List<String> names = new ArrayList<>();
		for (String item : list == null ? new String[0] : list.getItems()) {
			names.add(Path.of(item).getFileName().toString());
		}
		return names;
	}

	private static Button button(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button b && label.equals(b.getText())) {
				return b;
			}
			if (child instanceof Composite c) {
				Button found = button(c, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite c) {
				T found = find(c, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static TreeItem corpusItem(CorpusNavigatorView navigator, String name) {
		for (TreeItem item : navigator.viewer().getTree().getItems()) {
			if (item.getText().startsWith(name)) {
				return item;
			}
		}
		throw new AssertionError("no corpus " + name + " in the navigator");
	}

	private static void waitUntil(Display display, java.util.function.BooleanSupplier done, long millis)
			throws InterruptedException {
		long until = System.currentTimeMillis() + millis;
		while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertTrue(done.getAsBoolean(), "timed out");
	}

	/** A two-page PDF: a title and a sentence on page 1, one sentence on page 2. */
	private static Path twoPagePaper(Path file) throws IOException {
		PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
		try (PDDocument document = new PDDocument()) {
			String[][] pages = { { "Reviewing supply chains", "Tariffs on steel fell to 2.1 per cent in 2024." },
					{ "The secretariat shall publish a report every year." } };
			for (String[] lines : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = 700;
					for (String line : lines) {
						content.beginText();
						content.setFont(times, 12);
						content.newLineAtOffset(72, y);
						content.showText(line);
						content.endText();
						y -= 28;
					}
				}
			}
			document.save(file.toFile());
		}
		assertNotNull(file);
		return file;
	}
}

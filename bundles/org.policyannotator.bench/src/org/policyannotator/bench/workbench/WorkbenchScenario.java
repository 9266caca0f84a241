package org.policyannotator.bench.workbench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.codes.CodeMatrixView;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.search.SearchView;

/**
 * Drives the real workbench as an analyst does, with every view open: opens a long document, switches between two,
 * and tags, retypes, deletes and undoes through the same commands as the keys, timing each until the display shows
 * the result. Runs on the UI thread of a running workbench.
 */
final class WorkbenchScenario {
	private static final String TAG = "org.policyannotator.ui.command.tag";
	private static final String TAG_KEY = "org.policyannotator.ui.command.tag.key";
	private static final String DELETE = "org.policyannotator.ui.command.deleteAnnotation";
	private static final String UNDO = "org.eclipse.ui.edit.undo";

	/**
	 * What to run: text length, annotation counts, how often each action is repeated, and a corpus to show in the
	 * navigator as well (e.g. one of 10,000 documents), if any.
	 */
	record Plan(int chars, List<Integer> sizes, int repetitions, int opens, java.util.Optional<Path> alsoShown) {
	}

	private final IWorkbenchPage page;
	private final DisplayClock clock;
	private final PrintStream log;
	private final Random random = new Random(7);

	WorkbenchScenario(IWorkbenchPage page, DisplayClock clock, PrintStream log) {
		this.page = page;
		this.clock = clock;
		this.log = log;
	}

	/** Runs the plan on a new corpus in {@code folder}; the figures per action and size. */
	List<Figure> run(Plan plan, Path folder) throws Exception {
		log.printf("making the corpus: %,d characters per document, %s annotations%n", plan.chars(), plan.sizes());
		Corpus corpus = BenchCorpus.create(folder, AnnotatorIdentity.current(), plan.chars(), plan.sizes());
		CorpusRegistry.getDefault().add(corpus.directory());
		List<Figure> figures = new ArrayList<>();
		try {
			showEveryView();
			if (plan.alsoShown().isPresent()) {
				CorpusRegistry.getDefault().add(plan.alsoShown().get());
				clock.drain();
			}
			for (int size : plan.sizes()) {
				figures.addAll(runSize(plan, corpus, size));
			}
		} finally {
			page.closeAllEditors(false);
			clock.drain();
			CorpusRegistry.getDefault().remove(corpus.directory());
			plan.alsoShown().ifPresent(CorpusRegistry.getDefault()::remove);
		}
		return figures;
	}

	private void showEveryView() throws PartInitException {
		for (String id : List.of(SearchView.ID, CodeMatrixView.ID)) {
			page.showView(id, null, IWorkbenchPage.VIEW_CREATE);
		}
		for (String id : List.of(ViewIds.CORPUS_NAVIGATOR, IPageLayout.ID_OUTLINE, ViewIds.TAG_PALETTE,
				ViewIds.ANNOTATION_DETAILS, ViewIds.ANNOTATIONS)) {
			page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
		}
		clock.drain();
	}

	private List<Figure> runSize(Plan plan, Corpus corpus, int size) throws Exception {
		DocumentEditorInput first = input(corpus, size, "a");
		DocumentEditorInput second = input(corpus, size, "b");
		page.closeAllEditors(false);
		clock.drain();
		List<Double> opens = new ArrayList<>();
		for (int i = 0; i < plan.opens(); i++) {
			opens.add(clock.time(() -> open(first)));
			page.closeAllEditors(false);
			clock.drain();
		}
		AnnotationEditor editor = open(first);
		clock.time(() -> open(second));
		List<Double> switches = new ArrayList<>();
		AnnotationEditor other = (AnnotationEditor) page.getActiveEditor();
		for (int i = 0; i < plan.repetitions(); i++) {
			AnnotationEditor target = i % 2 == 0 ? editor : other;
			switches.add(clock.time(() -> page.activate(target)));
		}
		page.activate(editor);
		clock.drain();
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		List<Double> redraws = new ArrayList<>();
		for (int i = 0; i < plan.repetitions(); i++) {
			redraws.add(clock.redraw(text));
		}
		Edits edits = edit(editor, plan.repetitions());
		log.printf("heap in use with every view open and two documents of %,d annotations in editors%s: %,.0f MB%n",
				size, plan.alsoShown().map(p -> " (navigator also showing " + p + ")").orElse(""), heapInUse() / 1e6);
		page.closeAllEditors(false);
		clock.drain();
		double baseline = Figure.median(redraws);
		List<Figure> figures = List.of(Figure.of("tag", size, edits.tag, baseline),
				Figure.of("retype", size, edits.retype, baseline), Figure.of("delete", size, edits.delete, baseline),
				Figure.of("undo", size, edits.undo, baseline), Figure.of("open", size, opens, baseline),
				Figure.of("switch", size, switches, baseline));
		figures.forEach(f -> log.println(f.line()));
		log.println(edits.cpuLine(size));
		return figures;
	}

	private record Edits(List<Double> tag, List<Double> retype, List<Double> delete, List<Double> undo,
			List<List<Double>> cpu) {
		Edits() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
					List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
		}

		/** Records the display thread's CPU time of the edit just timed (0 tag, 1 retype, 2 delete, 3 undo). */
		void cpu(int edit, DisplayClock clock) {
			cpu.get(edit).add(clock.lastCpuMs());
		}

		String cpuLine(int size) {
			return String.format(java.util.Locale.ROOT, "display thread CPU per edit at %,d annotations (median):"
					+ " tag %.1f ms, retype %.1f ms, delete %.1f ms, undo %.1f ms", size, Figure.median(cpu.get(0)),
					Figure.median(cpu.get(1)), Figure.median(cpu.get(2)), Figure.median(cpu.get(3)));
		}
	}

	private Edits edit(AnnotationEditor editor, int repetitions) throws CommandException {
		Edits edits = new Edits();
		String text = editor.session().orElseThrow().document().text();
		var set = editor.session().orElseThrow().set();
		for (int i = 0; i < repetitions; i++) {
			int start = wordStart(text, random.nextInt(text.length() - 200));
			int end = wordStart(text, start + 20) - 1;
			clock.time(() -> editor.selectAndReveal(start, end - start));
			int before = set.size();
			edits.tag.add(clock.time(() -> command(TAG, Map.of(TAG_KEY, "1"))));
			edits.cpu(0, clock);
			expect(set.size() == before + 1, "tagging did not add an annotation");
			edits.retype.add(clock.time(() -> command(TAG, Map.of(TAG_KEY, "2"))));
			edits.cpu(1, clock);
			expect(editor.selectedAnnotation().orElseThrow().type().equals("statistic"), "retyping did not change the type");
			edits.delete.add(clock.time(() -> command(DELETE, Map.of())));
			edits.cpu(2, clock);
			expect(set.size() == before, "deleting did not remove the annotation");
			edits.undo.add(clock.time(() -> command(UNDO, Map.of())));
			edits.cpu(3, clock);
			expect(set.size() == before + 1, "undo did not bring the annotation back");
		}
		return edits;
	}

	private static long heapInUse() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void expect(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalStateException("bench workbench: " + problem);
		}
	}

	private static int wordStart(String text, int from) {
		int space = text.indexOf(' ', from);
		return space < 0 ? from : space + 1;
	}

	private AnnotationEditor open(DocumentEditorInput input) {
		return open(page, input);
	}

	/** Opens a document in the annotation editor of {@code page}. */
	static AnnotationEditor open(IWorkbenchPage page, DocumentEditorInput input) {
		try {
			return (AnnotationEditor) page.openEditor(input, ViewIds.ANNOTATION_EDITOR);
		} catch (PartInitException e) {
			throw new IllegalStateException("cannot open " + input.getName() + ": " + e.getMessage(), e);
		}
	}

	/** Runs a command as its key does, through the handler service. */
	static void command(String id, Map<String, String> parameters) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(id), parameters), null);
		} catch (CommandException e) {
			throw new IllegalStateException("command " + id + " failed: " + e.getMessage(), e);
		}
	}

	static DocumentEditorInput input(Corpus corpus, int size, String which) {
		String id = BenchCorpus.documentId(size, which);
		return new DocumentEditorInput(corpus.directory(), id, "Bench " + size + " " + which);
	}
}

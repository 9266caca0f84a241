package org.policyannotator.bench.workbench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.model.text.SentenceUnits;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.SentenceMode;
import org.policyannotator.ui.views.TagPaletteView;

/**
 * Coding with a large codebook in the real workbench: typing into the tag palette's filter box, one keystroke at a
 * time (and back again), each timed until the palette's tree has painted the codes that match; and coding by
 * sentence (a run of code keys, each tagging the selected sentence and selecting the next) against a run of normal
 * tags of selected sentences, in the same editor, each timed until the editor has painted.
 */
final class PaletteScenario {
	private static final String TAG = "org.policyannotator.ui.command.tag";
	private static final String TAG_TYPE = "org.policyannotator.ui.command.tag.type";
	/** Tags of each kind done first and not counted (the first calls of a code path load and compile it). */
	private static final int WARM_UP = 2;

	/**
	 * What to run: codes in the codebook, annotations and characters of the document, repetitions of each tag, and
	 * how many codes to look for by typing into the filter box.
	 */
	record Plan(int codes, int annotations, int chars, int repetitions, int queries) {
	}

	private final IWorkbenchPage page;
	private final DisplayClock clock;
	private final PrintStream log;

	PaletteScenario(IWorkbenchPage page, DisplayClock clock, PrintStream log) {
		this.page = page;
		this.clock = clock;
		this.log = log;
	}

	/** Runs the plan on a new corpus in {@code folder}; the figures for filtering and for both kinds of tag. */
	List<Figure> run(Plan plan, Path folder) throws Exception {
		Schema codebook = BenchCodebook.of(plan.codes());
		log.printf(Locale.ROOT, "making the corpus: a codebook of %,d codes, %,d characters, %,d annotations%n",
				codebook.tagTypes().size(), plan.chars(), plan.annotations());
		Corpus corpus = BenchCorpus.create(folder, AnnotatorIdentity.current(), plan.chars(),
				List.of(plan.annotations()), codebook);
		CorpusRegistry.getDefault().add(corpus.directory());
		try {
			TagPaletteView palette = (TagPaletteView) page.showView(ViewIds.TAG_PALETTE, null,
					IWorkbenchPage.VIEW_VISIBLE);
			AnnotationEditor editor = WorkbenchScenario.open(page,
					WorkbenchScenario.input(corpus, plan.annotations(), "a"));
			clock.drain();
			List<Figure> figures = new ArrayList<>();
			figures.add(filter(palette, codebook, plan));
			figures.addAll(tags(editor, codebook, plan));
			return figures;
		} finally {
			SentenceMode.setOn(false);
			page.closeAllEditors(false);
			clock.drain();
			CorpusRegistry.getDefault().remove(corpus.directory());
		}
	}

	private Figure filter(TagPaletteView palette, Schema codebook, Plan plan) {
		Tree tree = palette.viewer().getTree();
		check(tree.getItemCount() >= codebook.tree().roots().size(), "the palette does not show the codebook");
		List<Double> redraws = new ArrayList<>();
		for (int i = 0; i < plan.repetitions(); i++) {
			redraws.add(clock.redraw(tree));
		}
		List<Double> keys = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		List<String> typed = new ArrayList<>();
		List<String> queries = BenchCodebook.queries(codebook, plan.queries());
		for (String query : queries) {
			for (int i = 1; i <= query.length(); i++) {
				typed.add(query.substring(0, i));
			}
			for (int i = query.length() - 1; i >= 0; i--) {
				typed.add(query.substring(0, i));
			}
		}
		for (String text : typed) {
			keys.add(type(palette, text));
			cpu.add(clock.lastCpuMs());
			if (queries.contains(text)) {
				checkFirstMatch(tree, text);
			}
		}
		int slowest = keys.indexOf(java.util.Collections.max(keys));
		Figure figure = Figure.of("filter", codebook.tagTypes().size(), keys, "palette-redraw", Figure.median(redraws));
		log.println(String.format(Locale.ROOT, "%-12s %,7d codes: median %8.1f ms, p95 %8.1f ms per keystroke (%d "
				+ "keystrokes typing and deleting %s; target < 50 ms; slowest \"%s\", %.1f ms); one redraw of the "
				+ "palette %.1f ms", figure.measure(), figure.size(), figure.medianMs(), figure.p95Ms(), keys.size(),
				queries, typed.get(slowest), keys.get(slowest), figure.baselineMedianMs()));
		log.println(String.format(Locale.ROOT, "%-12s %,7d codes: the display thread's CPU time per keystroke median "
				+ "%.1f ms, p95 %.1f ms (the work of the palette, SWT and GTK, without waiting for the screen)",
				"filter-cpu", figure.size(), Figure.median(cpu), Figure.percentile(cpu, 0.95)));
		return figure;
	}

	/**
	 * Puts {@code text} into the filter box, as typing its last character (or deleting the one after it) does, until
	 * the tree has painted the matches, or the box its text when the tree shows the same codes as before.
	 */
	private double type(TagPaletteView palette, String text) {
		return clock.time(() -> palette.filter().setText(text), Tree.class, org.eclipse.swt.widgets.Text.class);
	}

	/** The palette selects the first code that matches every word of the query. */
	private static void checkFirstMatch(Tree tree, String query) {
		TreeItem[] selected = tree.getSelection();
		check(selected.length == 1 && selected[0].getData() instanceof TagType,
				"the palette selected no code for '" + query + "'");
		TagType code = (TagType) selected[0].getData();
		String haystack = (code.label() + " " + code.id() + " " + code.code().number()).toLowerCase(Locale.ROOT);
		for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
			check(haystack.contains(word), "the palette selected " + code.label() + " for '" + query + "'");
		}
	}

	private List<Figure> tags(AnnotationEditor editor, Schema codebook, Plan plan) throws Exception {
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		List<Double> redraws = new ArrayList<>();
		for (int i = 0; i < plan.repetitions(); i++) {
			redraws.add(clock.redraw(text));
		}
		SentenceUnits units = editor.sentenceMode().units();
		int rounds = WARM_UP + plan.repetitions();
		check(units.count() > 4 * rounds, "the document has too few sentences for the repetitions");
		String code = codebook.tagTypes().get(codebook.tagTypes().size() - 1).id();
		AnnotationSet set = editor.session().orElseThrow().set();
		// a coder's run of normal tags: select a sentence, press the code key
		List<Double> tags = new ArrayList<>();
		sentenceMode(editor, false);
		int first = units.count() / 4;
		for (int i = 0; i < rounds; i++) {
			int unit = first + i;
			clock.time(() -> editor.selectAndReveal(units.start(unit), units.end(unit) - units.start(unit)));
			int before = set.size();
			tags.add(clock.time(() -> WorkbenchScenario.command(TAG, Map.of(TAG_TYPE, code))));
			check(set.size() == before + 1, "tagging did not add an annotation");
		}
		// a coder's run in sentence mode: each code key tags the selected sentence and selects the next
		List<Double> sentenceTags = new ArrayList<>();
		sentenceMode(editor, true);
		int start = units.count() / 2;
		clock.time(() -> select(editor, start));
		for (int i = 0; i < rounds; i++) {
			int before = set.size();
			sentenceTags.add(clock.time(() -> WorkbenchScenario.command(TAG, Map.of(TAG_TYPE, code))));
			check(set.size() == before + 1, "tagging in sentence mode did not add an annotation");
			check(editor.sentenceMode().currentUnit() == start + i + 1, "sentence mode did not select the next sentence");
		}
		sentenceMode(editor, false);
		tags = tags.subList(WARM_UP, rounds);
		sentenceTags = sentenceTags.subList(WARM_UP, rounds);
		Figure tag = Figure.of("tag", plan.annotations(), tags, Figure.median(redraws));
		Figure sentence = Figure.of("sentence-tag", plan.annotations(), sentenceTags, "tag", tag.medianMs());
		log.println(String.format(Locale.ROOT, "%-12s %,7d annotations: median %8.1f ms, p95 %8.1f ms = %5.1fx one "
				+ "redraw of the editor (%.1f ms)", tag.measure(), tag.size(), tag.medianMs(), tag.p95Ms(), tag.ratio(),
				tag.baselineMedianMs()));
		log.println(String.format(Locale.ROOT, "%-12s %,7d annotations: median %8.1f ms, p95 %8.1f ms = %5.1fx a "
				+ "normal tag (target: the same time)", sentence.measure(), sentence.size(), sentence.medianMs(),
				sentence.p95Ms(), sentence.ratio()));
		return List.of(tag, sentence);
	}

	private void sentenceMode(AnnotationEditor editor, boolean on) {
		if (SentenceMode.isOn() != on) {
			WorkbenchScenario.command(SentenceMode.COMMAND_ID, Map.of());
			clock.drain();
		}
		check(SentenceMode.isOn() == on, "sentence mode did not switch " + (on ? "on" : "off"));
	}

	private static void select(AnnotationEditor editor, int unit) {
		try {
			editor.sentenceMode().selectUnit(unit);
		} catch (Exception e) {
			throw new IllegalStateException("bench palette: cannot select sentence " + unit + ": " + e.getMessage(), e);
		}
	}

	private static void check(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalStateException("bench palette: " + problem);
		}
	}
}

package org.policyannotator.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.VerticalRuler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.editor.SpanHighlighting;

/**
 * Measures what an analyst waits for on a long document: opening a 1 MB text with 20,000 annotations until it is
 * painted, and one tagging until the new highlight is painted. Uses the editor's own annotation mirror and
 * highlighter on a source viewer in a real window. Prints figures, asserts nothing.
 */
final class EditorPaintBenchmark {
	private static final String[] WORDS = ("the president said that bilateral trade rose by percent year-on-year "
			+ "while both sides agreed on a four-point proposal to deepen cooperation in supply chains culture and "
			+ "people-to-people exchanges according to the ministry of foreign affairs in beijing and seoul").split(" ");

	private EditorPaintBenchmark() {
	}

	/** Runs the benchmark; needs a display (DISPLAY set, e.g. under Xvfb). */
	static void run(PrintStream out, Figures figures, int textChars, int annotationCount, int taggings) {
		Random random = new Random(42);
		String text = text(random, textChars);
		Schema schema = Schema.defaultSchema();
		AnnotationSet set = annotations(random, text, schema, annotationCount);
		out.printf("document: %,d characters, %,d annotations%n", text.length(), set.size());

		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 900);
		SharedColors colors = new SharedColors(display);
		try {
			long start = System.nanoTime();
			OverviewRuler ruler = new OverviewRuler(SpanHighlighting.annotationAccess(), 14, colors);
			SourceViewer viewer = new SourceViewer(shell, new VerticalRuler(0), ruler, true,
					SWT.V_SCROLL | SWT.WRAP | SWT.MULTI);
			viewer.configure(new org.eclipse.ui.editors.text.TextSourceViewerConfiguration());
			AnnotationModel model = new AnnotationModel();
			viewer.setDocument(new Document(text), model);
			viewer.setEditable(false);
			long[] lastPaint = { 0 };
			viewer.getTextWidget().addPaintListener(e -> lastPaint[0] = System.nanoTime());
			long documentSet = System.nanoTime();
			Runnable highlighting = SpanHighlighting.install(viewer, Boolean.getBoolean("bench.noruler") ? null : ruler, model, List.of(set),
					schema);
			long mirrored = System.nanoTime();
			shell.open();
			paint(display, viewer.getTextWidget(), lastPaint, mirrored, true);
			long opened = lastPaint[0] - start;
			out.printf("  of which: text into viewer %.1f ms, annotations into model and highlighter %.1f ms, first paint %.1f ms%n",
					(documentSet - start) / 1e6, (mirrored - documentSet) / 1e6, (lastPaint[0] - mirrored) / 1e6);
			out.printf("open until painted:        %8.1f ms (target < 1000 ms)%n", opened / 1e6);

			long[] tagTimes = new long[taggings];
			long[] workTimes = new long[taggings];
			TagType claim = schema.tagType("claim").orElseThrow();
			for (int i = 0; i < taggings; i++) {
				int at = 200 + random.nextInt(2_000);
				long t0 = System.nanoTime();
				set.add(Annotation.of(set.newId(), claim.id(), List.of(Span.of(text, at, at + 12)), "bench", Instant.now()));
				long modelled = System.nanoTime();
				paint(display, viewer.getTextWidget(), lastPaint, modelled, false);
				tagTimes[i] = lastPaint[0] - t0;
				workTimes[i] = modelled - t0;
				if (i == taggings - 1) {
					out.printf("  last tagging: model %.1f ms, paint %.1f ms%n", (modelled - t0) / 1e6,
							(lastPaint[0] - modelled) / 1e6);
				}
			}
			long[] frames = new long[taggings];
			for (int i = 0; i < taggings; i++) {
				long t0 = System.nanoTime();
				paint(display, viewer.getTextWidget(), lastPaint, t0, true);
				frames[i] = lastPaint[0] - t0;
			}
			figures.record("open", annotationCount, opened / 1e6, null, Double.NaN);
			figures.record("tag", annotationCount, millis(tagTimes), "redraw", millis(frames));
			Arrays.sort(frames);
			out.printf("redraw with no change until painted (SWT/GTK floor on this display): %.1f ms median%n",
					frames[taggings / 2] / 1e6);
			Arrays.sort(tagTimes);
			Arrays.sort(workTimes);
			out.printf("tag, our work (model, layout, annotation model, painter): %.1f ms median, %.1f ms worst%n",
					workTimes[taggings / 2] / 1e6, workTimes[taggings - 1] / 1e6);
			out.printf("tag until highlight shown: %8.1f ms median, %.1f ms worst of %d (target < 50 ms)%n",
					tagTimes[taggings / 2] / 1e6, tagTimes[taggings - 1] / 1e6, taggings);
			Runtime runtime = Runtime.getRuntime();
			System.gc();
			out.printf("heap in use afterwards:    %8.1f MB%n", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
			highlighting.run();
		} finally {
			shell.dispose();
			colors.dispose();
		}
	}

	/**
	 * Waits until the text widget has painted after {@code since}: what the user sees. Layout work that SWT does
	 * in the background afterwards (measuring far-away wrapped lines) is not waited for.
	 */
	private static void paint(Display display, StyledText widget, long[] lastPaint, long since, boolean redrawAll) {
		if (redrawAll) {
			widget.redraw();
		}
		widget.update();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (lastPaint[0] < since && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	private static double[] millis(long[] nanos) {
		return Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
	}

	private static String text(Random random, int chars) {
		StringBuilder text = new StringBuilder(chars + 200);
		int sentence = 0;
		while (text.length() < chars) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			sentence++;
			if (sentence % 18 == 0) {
				text.append(sentence % 90 == 0 ? ".\n\n" : ". ");
			} else {
				text.append(' ');
			}
		}
		return text.toString();
	}

	private static AnnotationSet annotations(Random random, String text, Schema schema, int count) {
		AnnotationSet set = new AnnotationSet("bench", "bench-document", org.policyannotator.model.Document.sha256Of(text));
		List<TagType> types = schema.tagTypes();
		Instant now = Instant.now();
		List<Annotation> made = new ArrayList<>(count);
		int stride = Math.max(1, text.length() / count);
		for (int i = 0; i < count; i++) {
			int start = Math.min(text.length() - 80, i * stride + random.nextInt(Math.max(1, stride / 2)));
			int end = start + 5 + random.nextInt(60);
			made.add(Annotation.of(set.newId(), types.get(random.nextInt(types.size())).id(),
					List.of(Span.of(text, start, end)), "bench", now));
		}
		made.forEach(set::add);
		return set;
	}

	/** Colours for the overview ruler, created on demand and disposed with the benchmark. */
	private static final class SharedColors implements ISharedTextColors {
		private final Display display;
		private final List<Color> created = new ArrayList<>();

		SharedColors(Display display) {
			this.display = display;
		}

		@Override
		public Color getColor(RGB rgb) {
			Color color = new Color(display, rgb);
			created.add(color);
			return color;
		}

		@Override
		public void dispose() {
			created.forEach(Color::dispose);
		}
	}
}

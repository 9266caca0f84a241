package org.policyannotator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.eclipse.jface.text.source.AnnotationModel;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Span;

/** The editor redraws only the spans around an edit; what it draws must equal a layout from scratch. */
class AnnotationModelMirrorTest {
	private static final String TEXT = "x".repeat(5_000);
	private static final List<String> TYPES = List.of("claim", "statistic", "quote", "speaker");

	@Test
	void overlappingSpansGetFillThenBoxThenUnderline() {
		AnnotationSet set = new AnnotationSet("alice", "d", "");
		set.add(annotation(set, 0, 100));
		set.add(annotation(set, 10, 20));
		set.add(annotation(set, 15, 18));
		set.add(annotation(set, 200, 210));
		AnnotationModel model = new AnnotationModel();
		AnnotationModelMirror mirror = new AnnotationModelMirror(model, List.of(set));

		List<String> styles = new ArrayList<>();
		for (Annotation a : set.annotations()) {
			String type = mirror.drawnTypes().get("alice/" + a.id() + "/0");
			styles.add(type.substring(type.lastIndexOf('.') + 1));
		}
		assertEquals(List.of("fill", "box", "underline", "fill"), styles);
		assertEquals(4, count(model));
	}

	@Test
	void afterRandomEditsTheDrawnStylesEqualAFullLayoutAndTheModelHoldsOneAnnotationPerSpan() {
		Random random = new Random(7);
		AnnotationSet set = new AnnotationSet("alice", "d", "");
		AnnotationModel model = new AnnotationModel();
		AnnotationModelMirror mirror = new AnnotationModelMirror(model, List.of(set));
		for (int step = 0; step < 600; step++) {
			List<Annotation> current = set.annotations();
			int action = random.nextInt(10);
			if (current.isEmpty() || action < 5) {
				int start = random.nextInt(4_800);
				set.add(annotation(set, start, start + 1 + random.nextInt(150)));
			} else if (action < 7) {
				set.remove(current.get(random.nextInt(current.size())).id());
			} else {
				Annotation a = current.get(random.nextInt(current.size()));
				int start = random.nextInt(4_800);
				Annotation changed = a.withSpans(List.of(Span.of(TEXT, start, start + 1 + random.nextInt(150))), Instant.now())
						.withType(TYPES.get(random.nextInt(TYPES.size())), Instant.now());
				set.update(random.nextBoolean() ? changed : changed.withStatus(AnnotationStatus.SUGGESTED, Instant.now()));
			}
			assertEquals(mirror.fullLayoutTypes(), mirror.drawnTypes(), "after step " + step);
			assertEquals(set.annotations().size(), count(model), "after step " + step);
		}
	}

	private static Annotation annotation(AnnotationSet set, int start, int end) {
		return Annotation.of(set.newId(), TYPES.get(Math.floorMod(start, TYPES.size())), List.of(Span.of(TEXT, start, end)),
				"alice", Instant.now());
	}

	private static int count(AnnotationModel model) {
		int n = 0;
		for (Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}
}

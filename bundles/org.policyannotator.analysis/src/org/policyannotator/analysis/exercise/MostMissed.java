package org.policyannotator.analysis.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;

/**
 * The class's most-missed reference annotations: for each reference annotation, the students whose counting attempt
 * did not credit it as its type (missed, or overlapped only by another type). Written by {@code exercise grade} as
 * {@code missed.csv} so that the next lecture can address them.
 */
public final class MostMissed {
	/** Header of {@code missed.csv}. */
	public static final List<String> HEADER = List.of("document", "type", "start", "end", "text", "missed_by",
			"students");

	private MostMissed() {
	}

	/**
	 * One reference annotation and who missed it.
	 *
	 * @param documentId the document
	 * @param reference  the reference annotation
	 * @param students   the students who missed it, sorted
	 */
	public record Item(String documentId, Annotation reference, List<String> students) {
		/** Copies the list. */
		public Item {
			students = List.copyOf(students);
		}
	}

	/** Items missed by at least one student, most-missed first (then by document and position). */
	public static List<Item> of(Gradebook book) {
		Map<String, Gradebook.Attempt> attempts = book.attempts();
		Map<String, Annotation> annotations = new TreeMap<>();
		Map<String, String> documents = new TreeMap<>();
		Map<String, TreeSet<String>> who = new TreeMap<>();
		for (StudentGrade.Graded g : book.graded()) {
			if (!attempts.get(g.file()).counted()) {
				continue;
			}
			for (Feedback f : g.score().feedback()) {
				Annotation missed = f instanceof Feedback.Missed m ? m.reference()
						: f instanceof Feedback.WrongType w ? w.reference() : null;
				if (missed != null) {
					String key = f.documentId() + "\u0000" + missed.id();
					annotations.put(key, missed);
					documents.put(key, f.documentId());
					who.computeIfAbsent(key, k -> new TreeSet<>()).add(g.student());
				}
			}
		}
		List<Item> items = new ArrayList<>();
		who.forEach((key, students) -> items.add(new Item(documents.get(key), annotations.get(key),
				List.copyOf(students))));
		items.sort(Comparator.comparingInt((Item i) -> -i.students().size()).thenComparing(Item::documentId)
				.thenComparingInt(i -> i.reference().start()).thenComparingInt(i -> i.reference().end()));
		return items;
	}

	/** {@code missed.csv}: RFC 4180 like the gradebook, one row per item. */
	public static String csv(List<Item> items) {
		StringBuilder csv = new StringBuilder();
		GradebookCsv.row(csv, HEADER);
		for (Item item : items) {
			Annotation a = item.reference();
			GradebookCsv.row(csv, List.of(GradebookCsv.text(item.documentId()), GradebookCsv.text(a.type()),
					Integer.toString(a.start()), Integer.toString(a.end()), GradebookCsv.text(text(a)),
					Integer.toString(item.students().size()), GradebookCsv.text(String.join(" ", item.students()))));
		}
		return csv.toString();
	}

	private static String text(Annotation a) {
		return a.spans().stream().map(Span::quote).collect(Collectors.joining(" ... "));
	}
}

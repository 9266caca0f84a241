package org.policyannotator.ui.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.suggest.RejectedSuggestions;
import org.policyannotator.suggest.UserRules;
import org.policyannotator.suggest.SuggestionRun;
import org.policyannotator.suggest.SuggestionWriter;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * What the review commands do to the open document, each as one undoable edit: suggest, accept, reject (remembered
 * so that the next run does not propose it again), accept all of a type, go to the next open suggestion.
 */
public final class SuggestionReview {

	private SuggestionReview() {
	}

	/** The edit that adds the suggestions of all suggesters to the editor's set (nothing there is replaced). */
	public static AnnotationEdit suggest(EditorSession session) throws CorpusException {
		String text = session.document().text();
		RejectedSuggestions rejected = rejected(session);
		SuggestionWriter.Outcome plan = SuggestionWriter.plan(session.set(),
				text, SuggestionRun.run(text, UserRules.withBuiltIn(session.corpus()), List.of()), rejected, Instant.now());
		return new AnnotationEdit(List.of(), plan.added(), List.of(), plan.relations());
	}

	/** The rejections of the editor's annotator on its document. */
	public static RejectedSuggestions rejected(EditorSession session) throws CorpusException {
		return RejectedSuggestions.load(session.corpus().directory(), session.annotator(), session.document().id());
	}

	/** Accepts the suggestion under the caret; false if the selected annotation is no suggestion. */
	public static boolean acceptSelected(AnnotationEditor editor) throws ExecutionException {
		Optional<Annotation> selected = editor.selectedAnnotation();
		if (selected.isEmpty() || selected.get().status() != AnnotationStatus.SUGGESTED) {
			return false;
		}
		editor.execute("Accept " + selected.get().type(),
				AnnotationEdit.replace(selected.get(), selected.get().withStatus(AnnotationStatus.ACCEPTED, Instant.now())));
		selectNext(editor, true);
		return true;
	}

	/** Rejects the suggestion under the caret (undoable, remembered); false if it is no suggestion. */
	public static boolean rejectSelected(AnnotationEditor editor) throws ExecutionException {
		Optional<Annotation> selected = editor.selectedAnnotation();
		if (selected.isEmpty() || selected.get().status() != AnnotationStatus.SUGGESTED) {
			return false;
		}
		EditorSession session = editor.session().orElseThrow();
		try {
			org.eclipse.ui.PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(
					new RejectOperation(session.set(), selected.get(), rejected(session), editor.undoContext()), null,
					null);
		} catch (CorpusException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		selectNext(editor, true);
		return true;
	}

	/** Selects the next (or previous) open suggestion after (before) the selected annotation; empty if none. */
	public static Optional<Annotation> selectNext(AnnotationEditor editor, boolean forward) {
		List<Annotation> all = editor.session().map(s -> s.set().annotations()).orElse(List.of());
		int from = editor.selectedAnnotation().map(Annotation::start).orElse(forward ? -1 : Integer.MAX_VALUE);
		String current = editor.selectedAnnotation().map(Annotation::id).orElse("");
		Optional<Annotation> next = forward
				? all.stream().filter(a -> a.status() == AnnotationStatus.SUGGESTED && !a.id().equals(current)
						&& a.start() >= from).findFirst()
				: all.stream().filter(a -> a.status() == AnnotationStatus.SUGGESTED && !a.id().equals(current)
						&& a.start() <= from).reduce((a, b) -> b);
		next.ifPresent(a -> editor.select(a.id()));
		return next;
	}

	/**
	 * Suggests every other occurrence (whole words) of the selected annotation's text with its type and attributes;
	 * returns how many were added.
	 */
	public static int tagAllLikeSelected(AnnotationEditor editor) throws ExecutionException {
		Optional<Annotation> selected = editor.selectedAnnotation();
		if (selected.isEmpty()) {
			return 0;
		}
		Annotation model = selected.get();
		EditorSession session = editor.session().orElseThrow();
		String text = session.document().text();
		String quote = model.firstSpan().quote();
		if (quote.isBlank()) {
			return 0;
		}
		List<Annotation> added = new ArrayList<>();
		List<Annotation> existing = session.set().annotations();
		AnnotationSet set = session.set();
		Instant now = Instant.now();
		java.util.regex.Matcher m = java.util.regex.Pattern
				.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(quote) + "(?![\\p{L}\\p{N}])").matcher(text);
		while (m.find()) {
			int s = m.start();
			int e = m.end();
			boolean taken = existing.stream().anyMatch(a -> a.type().equals(model.type()) && a.start() < e && s < a.end());
			if (!taken) {
				String id = set.newId();
				added.add(new Annotation(id, model.type(), List.of(org.policyannotator.model.Span.of(text, s, e)),
						model.attributes(), session.annotator(), now, now, SuggestionWriter.NOTE_PREFIX + "tag-all",
						AnnotationStatus.SUGGESTED, false));
			}
		}
		if (!added.isEmpty()) {
			editor.execute("Tag all like \"" + quote + "\"", new AnnotationEdit(List.of(), added, List.of(), List.of()));
		}
		return added.size();
	}

	/** Accepts every open suggestion of one type; returns how many. */
	public static int acceptAll(AnnotationEditor editor, String type) throws ExecutionException {
		AnnotationSet set = editor.session().orElseThrow().set();
		Instant now = Instant.now();
		List<Annotation> before = new ArrayList<>();
		List<Annotation> after = new ArrayList<>();
		for (Annotation a : set.annotations()) {
			if (a.type().equals(type) && a.status() == AnnotationStatus.SUGGESTED) {
				before.add(a);
				after.add(a.withStatus(AnnotationStatus.ACCEPTED, now));
			}
		}
		if (!before.isEmpty()) {
			editor.execute("Accept all " + type + " suggestions", new AnnotationEdit(before, after, List.of(), List.of()));
		}
		return before.size();
	}
}

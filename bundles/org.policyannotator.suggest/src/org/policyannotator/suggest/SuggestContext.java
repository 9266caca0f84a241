package org.policyannotator.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.policyannotator.model.text.Sentences;

/**
 * What a suggester sees: the text, its sentences and paragraphs, and what earlier suggesters found. */
public final class SuggestContext {
	private final String text;
	private final Sentences sentences;
	private final List<Suggestion> found = new ArrayList<>();
	private final AtomicInteger keys = new AtomicInteger();
	private final Map<Object, Object> derived = new HashMap<>();

	/** A context for one document's text. */
	public SuggestContext(String text) {
		this.text = text;
		this.sentences = Sentences.of(text);
	}

	/** The document text. */
	public String text() {
		return text;
	}

	/** Sentence and paragraph boundaries. */
	public Sentences sentences() {
		return sentences;
	}

	/** What the suggesters run so far proposed, in their order. */
	public List<Suggestion> found() {
		return Collections.unmodifiableList(found);
	}

	/**
	 * What {@code compute} derives from the text, computed once per run and shared by the suggesters (the reports in
	 * each sentence are read by the indirect-speech rule and again by attribution).
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, Supplier<T> compute) {
		return (T) derived.computeIfAbsent(key, k -> compute.get());
	}

	/** A key never given before in this run. */
	public String newKey() {
		return "s" + keys.incrementAndGet();
	}

	/** Adds new suggestions; one with the key of an earlier suggestion replaces it (e.g. a quote now linked). */
	void addAll(List<Suggestion> suggestions) {
		for (Suggestion suggestion : suggestions) {
			int index = indexOf(suggestion.key());
			if (index >= 0) {
				found.set(index, suggestion);
			} else {
				found.add(suggestion);
			}
		}
	}

	private int indexOf(String key) {
		for (int i = 0; i < found.size(); i++) {
			if (found.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}
}

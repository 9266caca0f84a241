package org.policyannotator.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.policyannotator.model.text.Sentences;

/**
 * What a suggester sees: the text, its sentences and paragraphs, and what earlier suggesters found. */
public final class SuggestContext {
	private final String text;
	private final Sentences sentences;
	private final List<Suggestion> found = new ArrayList<>();
	private final AtomicInteger keys = new AtomicInteger();

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

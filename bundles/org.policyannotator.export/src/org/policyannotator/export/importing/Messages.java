package org.policyannotator.export.importing;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * Problems or warnings of one import: the first {@value #KEPT} are kept word for word, the rest only counted, so a
 * file with a problem on each of its million lines neither fills the memory nor buries the first messages.
 * {@link #count()} tells how many there were.
 */
final class Messages extends AbstractList<String> {
	static final int KEPT = 1000;

	private final String kind;
	private final List<String> kept = new ArrayList<>();
	private long dropped;

	/** @param kind what the messages are, plural ("problems", "warnings"), for the closing line */
	Messages(String kind) {
		this.kind = kind;
	}

	@Override
	public boolean add(String message) {
		if (kept.size() < KEPT) {
			kept.add(message);
		} else {
			dropped++;
		}
		return true;
	}

	@Override
	public String get(int index) {
		return kept.get(index);
	}

	@Override
	public int size() {
		return kept.size();
	}

	/** How many were added, listed or not. */
	long count() {
		return kept.size() + dropped;
	}

	/** The kept messages, with a last line saying how many more there were, if any. */
	List<String> listed() {
		if (dropped == 0) {
			return List.copyOf(kept);
		}
		List<String> all = new ArrayList<>(kept);
		all.add("... and " + dropped + " more " + kind + " (only the first " + KEPT + " are listed)");
		return all;
	}
}

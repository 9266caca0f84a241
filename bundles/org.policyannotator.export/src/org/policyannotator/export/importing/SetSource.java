package org.policyannotator.export.importing;

import java.io.IOException;
import java.util.List;

/**
 * The sets of a file, read again on each call: the import reads once to learn the file's types and annotators and
 * once to check and write, holding one set at a time. Problems of the file are added to {@code problems}.
 */
@FunctionalInterface
interface SetSource {
	void read(List<String> problems, SetSink sink) throws IOException;

	/** Sets a reader has already read whole (formats that cannot be read one set at a time). */
	static SetSource of(List<RawSet> sets, List<String> readProblems) {
		return (problems, sink) -> {
			problems.addAll(readProblems);
			for (RawSet set : sets) {
				sink.accept(set);
			}
		};
	}
}

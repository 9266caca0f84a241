package org.policyannotator.export.importing;

import java.io.IOException;

/** Where a reader hands the sets of a file, one at a time and in the file's order, so a big file is never whole in memory. */
@FunctionalInterface
interface SetSink {
	void accept(RawSet set) throws IOException;
}

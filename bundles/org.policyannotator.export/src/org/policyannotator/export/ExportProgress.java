package org.policyannotator.export;

/**
 * What a long export or import tells its caller: how far it got, and whether it should stop. Called in the thread
 * that does the work, after each document.
 */
public interface ExportProgress {

	/** Progress that nobody watches and that never cancels. */
	ExportProgress NONE = new ExportProgress() {
		@Override
		public void worked(int done, int total, String documentId) {
			// nobody listens
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/**
	 * One more document is done.
	 *
	 * @param done       documents done so far
	 * @param total      documents in all
	 * @param documentId the document just done
	 */
	void worked(int done, int total, String documentId);

	/** Whether the user asked to stop; the writer then throws {@link ExportCancelledException}. */
	boolean isCancelled();
}

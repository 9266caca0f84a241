package org.policyannotator.search;

/** A query that cannot run: an invalid regular expression or a criterion that makes no sense. */
public final class QueryException extends Exception {
	private static final long serialVersionUID = 1L;

	public QueryException(String message) {
		super(message);
	}
}

package org.policyannotator.export.internal;

/** Names of tag types and attributes turned into identifiers of other tools. */
public final class Names {
	private Names() {
	}

	/** {@code proposal-point} becomes {@code ProposalPoint}. */
	public static String camel(String id) {
		StringBuilder b = new StringBuilder(id.length());
		boolean upper = true;
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c == '-' || c == '_') {
				upper = true;
			} else {
				b.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return b.toString();
	}

	/** {@code counts-relation} becomes {@code counts_relation}: a Java/Python identifier. */
	public static String identifier(String id) {
		return id.replace('-', '_');
	}
}

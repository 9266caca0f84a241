package org.policyannotator.export.internal;

import java.nio.charset.StandardCharsets;

/** IRIs for exported resources, built from ids that may hold any character (percent-encoded). */
public final class Iris {
	private static final String HEX = "0123456789ABCDEF";

	private Iris() {
	}

	/**
	 * {@code s} with everything but unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) percent-encoded as UTF-8, so
	 * it can be one segment of a URI.
	 */
	public static String segment(String s) {
		StringBuilder b = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!unreserved(c)) {
				b = new StringBuilder(s.length() + 16).append(s, 0, i);
				for (byte x : s.substring(i).getBytes(StandardCharsets.UTF_8)) {
					char d = (char) (x & 0xff);
					if (unreserved(d)) {
						b.append(d);
					} else {
						b.append('%').append(HEX.charAt((x >> 4) & 0xf)).append(HEX.charAt(x & 0xf));
					}
				}
				break;
			}
		}
		return b == null ? s : b.toString();
	}

	/** Reverses {@link #segment}. */
	public static String decode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		byte[] out = new byte[segment.length()];
		int n = 0;
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%' && i + 2 < segment.length()) {
				out[n++] = (byte) Integer.parseInt(segment.substring(i + 1, i + 3), 16);
				i += 2;
			} else {
				out[n++] = (byte) c;
			}
		}
		return new String(out, 0, n, StandardCharsets.UTF_8);
	}

	private static boolean unreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}
}

package org.policyannotator.model.internal.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Fast, fixed formatting of instants as {@code 2026-01-05T09:30:00.000Z} (always milliseconds, always UTC), so files
 * are deterministic. Instants with sub-millisecond parts fall back to {@link Instant#toString()}.
 */
public final class TimeFormat {
	private TimeFormat() {
	}

	/** Formats {@code instant}. */
	public static String format(Instant instant) {
		int nanos = instant.getNano();
		if (nanos % 1_000_000 != 0 || !fits(instant)) {
			return instant.toString();
		}
		return write(instant.getEpochSecond(), nanos, 3);
	}

	/**
	 * What {@link Instant#toString()} gives (seconds always; a fraction only when there is one, in groups of three
	 * digits), without a formatter: exports write two times per annotation.
	 */
	public static String iso(Instant instant) {
		if (!fits(instant)) {
			return instant.toString();
		}
		int nanos = instant.getNano();
		int digits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1000 == 0 ? 6 : 9;
		return write(instant.getEpochSecond(), nanos, digits);
	}

	/** Whether the instant lies in the years 1970 to 9999, which the fast formats cover. */
	private static boolean fits(Instant instant) {
		long seconds = instant.getEpochSecond();
		return seconds >= 0 && seconds < 253402300800L;
	}

	private static String write(long seconds, int nanos, int digits) {
		long days = Math.floorDiv(seconds, 86400);
		int secondOfDay = Math.floorMod(seconds, 86400);
		LocalDate date = LocalDate.ofEpochDay(days);
		char[] c = new char[digits == 0 ? 20 : 21 + digits];
		put4(c, 0, date.getYear());
		c[4] = '-';
		put2(c, 5, date.getMonthValue());
		c[7] = '-';
		put2(c, 8, date.getDayOfMonth());
		c[10] = 'T';
		put2(c, 11, secondOfDay / 3600);
		c[13] = ':';
		put2(c, 14, secondOfDay / 60 % 60);
		c[16] = ':';
		put2(c, 17, secondOfDay % 60);
		if (digits > 0) {
			c[19] = '.';
			int fraction = nanos;
			for (int i = 9; i > digits; i--) {
				fraction /= 10;
			}
			for (int i = 19 + digits; i > 19; i--) {
				c[i] = (char) ('0' + fraction % 10);
				fraction /= 10;
			}
		}
		c[c.length - 1] = 'Z';
		return new String(c);
	}

	/**
	 * Parses what {@link #format} writes, and any other ISO-8601 instant.
	 *
	 * @throws DateTimeParseException if {@code text} is not an instant
	 */
	public static Instant parse(String text) {
		if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
				&& text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 2);
			int day = digits(text, 8, 2);
			int hour = digits(text, 11, 2);
			int minute = digits(text, 14, 2);
			int second = digits(text, 17, 2);
			int millis = digits(text, 20, 3);
			if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour < 24 && minute >= 0
					&& minute < 60 && second >= 0 && second < 60 && millis >= 0) {
				try {
					long days = epochDay(text, year, month, day);
					return Instant.ofEpochSecond(days * 86400 + hour * 3600L + minute * 60L + second,
							millis * 1_000_000L);
				} catch (java.time.DateTimeException e) {
					throw new DateTimeParseException("not a valid date: " + e.getMessage(), text, 0);
				}
			}
		}
		return Instant.parse(text);
	}

	/** The last date seen: annotations of one file mostly share their dates. */
	private record Day(String text, long epochDay) {
	}

	private static final ThreadLocal<Day> LAST_DAY = ThreadLocal.withInitial(() -> new Day("1970-01-01", 0));

	private static long epochDay(String text, int year, int month, int day) {
		Day last = LAST_DAY.get();
		if (text.regionMatches(0, last.text(), 0, 10)) {
			return last.epochDay();
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		LAST_DAY.set(new Day(text.substring(0, 10), epochDay));
		return epochDay;
	}

	private static int digits(String s, int from, int count) {
		int n = 0;
		for (int i = from; i < from + count; i++) {
			char ch = s.charAt(i);
			if (ch < '0' || ch > '9') {
				return -1;
			}
			n = n * 10 + (ch - '0');
		}
		return n;
	}

	private static void put2(char[] c, int at, int value) {
		c[at] = (char) ('0' + value / 10);
		c[at + 1] = (char) ('0' + value % 10);
	}

	private static void put4(char[] c, int at, int value) {
		c[at] = (char) ('0' + value / 1000);
		c[at + 1] = (char) ('0' + value / 100 % 10);
		c[at + 2] = (char) ('0' + value / 10 % 10);
		c[at + 3] = (char) ('0' + value % 10);
	}
}

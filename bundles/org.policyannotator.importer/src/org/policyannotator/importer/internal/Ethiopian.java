package org.policyannotator.importer.internal;

import java.time.LocalDate;

/**
 * The Ethiopian calendar that Amharic pages date their news in: twelve months of 30 days and a thirteenth of five,
 * six in a leap year (a year whose number leaves 3 when divided by 4); year Y begins on 11 September of Gregorian
 * year Y + 7, on 12 September when year Y - 1 was a leap year.
 */
final class Ethiopian {
	private static final int DAYS_IN_MONTH = 30;
	private static final int MONTHS = 13;

	private Ethiopian() {
	}

	/** The Gregorian day of day {@code day} of month {@code month} (1 to 13) of the Ethiopian year {@code year}. */
	static LocalDate toGregorian(int year, int month, int day) {
		int lastDay = month < MONTHS ? DAYS_IN_MONTH : year % 4 == 3 ? 6 : 5;
		if (month < 1 || month > MONTHS || day < 1 || day > lastDay || year < 1900 || year > 2200) {
			throw new java.time.DateTimeException("not an Ethiopian date: " + year + "/" + month + "/" + day);
		}
		boolean afterLeapYear = (year - 1) % 4 == 3;
		LocalDate newYear = LocalDate.of(year + 7, 9, afterLeapYear ? 12 : 11);
		return newYear.plusDays((month - 1L) * DAYS_IN_MONTH + day - 1);
	}
}

package org.policyannotator.importer.internal;

import java.time.LocalDate;

/**
 * The Iranian (Jalali, Solar Hijri) calendar that Persian pages date their news in: its year begins at the March
 * equinox, with six months of 31 days, five of 30 and a last of 29 or 30. The leap years follow Borkowski's arithmetic
 * (the years between the breaks of the 2,820-year cycle), which agrees with the astronomical calendar from 1178 to
 * 1633 (1799 to 2254).
 */
final class Jalali {
	/** The Jalali years where the pattern of leap years changes. */
	private static final int[] BREAKS = { -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
			2262, 2324, 2394, 2456, 3178 };

	private Jalali() {
	}

	/** The Gregorian day of day {@code day} of month {@code month} (1 to 12) of the Jalali year {@code year}. */
	static LocalDate toGregorian(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30) || year < 1 || year >= BREAKS[BREAKS.length - 1]) {
			throw new java.time.DateTimeException("not a Jalali date: " + year + "/" + month + "/" + day);
		}
		int gregorianYear = year + 621;
		LocalDate newYear = LocalDate.of(gregorianYear, 3, marchDayOfNewYear(year));
		int daysBefore = month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30;
		return newYear.plusDays(daysBefore + day - 1L);
	}

	/** The day of March on which Jalali year {@code year} begins (Nowruz). */
	private static int marchDayOfNewYear(int year) {
		int gregorianYear = year + 621;
		int leapsJalali = -14;
		int previousBreak = BREAKS[0];
		int jump = 0;
		for (int i = 1; i < BREAKS.length; i++) {
			int next = BREAKS[i];
			jump = next - previousBreak;
			if (year < next) {
				break;
			}
			leapsJalali += jump / 33 * 8 + jump % 33 / 4;
			previousBreak = next;
		}
		int sinceBreak = year - previousBreak;
		leapsJalali += sinceBreak / 33 * 8 + (sinceBreak % 33 + 3) / 4;
		if (jump % 33 == 4 && jump - sinceBreak == 4) {
			leapsJalali++;
		}
		int leapsGregorian = gregorianYear / 4 - (gregorianYear / 100 + 1) * 3 / 4 - 150;
		return 20 + leapsJalali - leapsGregorian;
	}
}

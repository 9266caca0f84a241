package org.policyannotator.importer.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date formats pages use and writes ISO-8601: {@code 2024-03-05T14:30:00+01:00} when the offset is known,
 * {@code 2024-03-05T14:30} when only the local time is, {@code 2024-03-05} for a date. Accepts ISO-8601 with and
 * without offset or seconds, RFC 1123 ({@code Tue, 5 Mar 2024 14:30:00 GMT}), {@code 2024/03/05},
 * {@code 2024.03.05}, {@code 05.03.2024}, {@code March 5, 2024}, {@code 5 March 2024}, {@code 5. März 2024},
 * {@code 2024年3月5日}, Japanese era dates ({@code 令和7年6月3日}, {@code 平成31年4月30日}) and
 * {@code 2024년 3월 5일}, optionally followed by a time; full-width digits ({@code ２０２４}) are read as digits.
 */
public final class DateNormalizer {
	private static final Pattern ISO = Pattern.compile(
			"(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
	private static final Pattern NUMERIC = Pattern.compile(
			"(\\d{4})\\s*[/.年년]\\s*(\\d{1,2})\\s*[/.月월]\\s*(\\d{1,2})\\s*[日일]?(?:\\s*(\\d{1,2})[:时時시]\\s*(\\d{2}))?");
	/** The word between a date and its clock time: "at", "às", "a las", "um", "в", "o", "kl.", "klo", "saat", "-". */
	private static final String TIME_WORD = "(?:(?:at|às|à|a las|alle|um|в|о|у|v|o|u|om|kl\\.?|klo|kello|saat|[-|–])\\s*)?";
	/** Day first with dots, as in German and much of Europe: {@code 22.05.2020}, {@code 22.05.2020, 10:15 Uhr}. */
	private static final Pattern DOTTED = Pattern.compile(
			"(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)\\.?(?:,?\\s*" + TIME_WORD + "(\\d{1,2})[:.](\\d{2})(?!\\.?\\d))?");
	/** A Japanese era year: 令和 began in 2019 (its first year is 元年), 平成 in 1989. */
	private static final Pattern JAPANESE_ERA = Pattern.compile(
			"(令和|平成)\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:[^\\d]{0,8}?(\\d{1,2})\\s*時\\s*(\\d{1,2})\\s*分)?");
	private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?$");
	private static final Pattern MONTH_FIRST = Pattern.compile(
			"(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{3,16})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
					+ "(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?)?",
			Pattern.CASE_INSENSITIVE);
	/** Day, month name and year: "5 March 2024", "5. März 2024", "15-Apr-2026", "21 kwietnia 2026 r., 07:12", "2 เม.ย. 2569". */
	private static final Pattern DAY_FIRST = Pattern.compile(
			"(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?(?:\\.\\s*|\\s+(?:de\\s+)?|-(?=\\p{L}))"
					+ "([\\p{L}\\p{M}]{2,16}|(?:[\\p{L}\\p{M}]{1,3}\\.){2})(?:\\.,?\\s*|,?\\s+(?:del?\\s+)?|-(?=\\d))(\\d{4})"
					+ "(?:\\s*(?:г\\.|r\\.|m\\.)?,?\\s+" + TIME_WORD + "(\\d{1,2})[:.h](\\d{2})(?!\\.?\\d)\\s*([ap]\\.?\\s?m\\.?)?)?",
			Pattern.CASE_INSENSITIVE);
	/** Year, month name and day, as Hungarian and Lithuanian write them: "2026. április 21.", "2026 m. balandžio 21 d.". */
	private static final Pattern YEAR_FIRST = Pattern.compile(
			"(?<!\\d)(\\d{4})\\.?\\s*(?:m\\.\\s*)?([\\p{L}\\p{M}]{3,16})\\.?\\s+(\\d{1,2})(?:\\.|\\s*d\\.|(?!\\d))"
					+ "(?:,?\\s*(\\d{1,2})[:.](\\d{2}))?");
	/** Latvian: "2026. gada 21. aprīlis". */
	private static final Pattern YEAR_GADA = Pattern.compile("(\\d{4})\\.\\s*gada\\s+(\\d{1,2})\\.\\s*([\\p{L}\\p{M}]{3,16})");
	/** Vietnamese: "21 tháng 4 năm 2026", "21 tháng 4, 2026". */
	private static final Pattern VIETNAMESE = Pattern.compile(
			"(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm|,)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
	/** The Iranian (Jalali) calendar: "۲۵ فروردین ۱۴۰۵". */
	private static final Pattern JALALI = Pattern.compile(
			"(\\d{1,2})\\s+(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\\s+(1[34]\\d{2})(?!\\d)");
	private static final List<String> JALALI_MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
			"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
	/** The Ethiopian calendar, as Amharic pages write it: "ሚያዝያ 9/2018", "ሚያዝያ 9 ቀን 2018 ዓ.ም". */
	private static final List<String> ETHIOPIAN_MONTHS = List.of("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት",
			"መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ");
	/** Other spellings of the Ethiopian months, as {@link #ETHIOPIAN_MONTHS} writes them. */
	private static final Map<String, String> ETHIOPIAN_SPELLINGS = Map.of("ህዳር", "ኅዳር", "ታህሳስ", "ታኅሣሥ", "ታህሣሥ", "ታኅሣሥ",
			"ሃምሌ", "ሐምሌ", "ነሃሴ", "ነሐሴ", "ጳጉሜን", "ጳጉሜ", "ሚያዚያ", "ሚያዝያ");
	private static final Pattern ETHIOPIAN = Pattern.compile("(መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ታህሣሥ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ሚያዚያ"
			+ "|ግንቦት|ሰኔ|ሐምሌ|ሃምሌ|ነሐሴ|ነሃሴ|ጳጉሜን|ጳጉሜ)\\s*(\\d{1,2})\\s*(?:/|ቀን|,)\\s*(\\d{4})(?!\\d)");
	/** The months of the Islamic calendar, in order. */
	private static final List<String> HIJRI_MONTHS = List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى",
			"جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");
	/** Other spellings of the Islamic months, as {@link #HIJRI_MONTHS} writes them. */
	private static final Map<String, String> HIJRI_SPELLINGS = Map.of("ربيع الاول", "ربيع الأول", "ربيع الثاني", "ربيع الآخر",
			"ربيع الاخر", "ربيع الآخر", "جمادى الاولى", "جمادى الأولى", "جمادى الثانية", "جمادى الآخرة", "جمادى الاخرة",
			"جمادى الآخرة", "ذي القعدة", "ذو القعدة", "ذي الحجة", "ذو الحجة");
	private static final Pattern HIJRI_NAMED = Pattern.compile("(\\d{1,2})\\s+(محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الاخر"
			+ "|ربيع الثاني|جمادى الأولى|جمادى الاولى|جمادى الآخرة|جمادى الاخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة"
			+ "|ذي القعدة|ذو الحجة|ذي الحجة)\\s+(1[34]\\d{2})\\s*(?:هـ|ه\\b)");
	private static final Pattern HIJRI_NUMERIC = Pattern.compile("(?<!\\d)(1[34]\\d{2})/(\\d{1,2})/(\\d{1,2})\\s*(?:هـ|ه\\b)");
	/** The Levant's two-word months, as the one-word names the table knows. */
	private static final Map<String, String> LEVANT_MONTHS = Map.of("كانون الثاني", "يناير", "تشرين الأول", "أكتوبر",
			"تشرين الثاني", "نوفمبر", "كانون الأول", "ديسمبر");
	/** The years of the Buddhist era as Thailand writes them (2569 is 2026). */
	private static final int BUDDHIST_ERA_FROM = 2400;
	private static final int BUDDHIST_ERA_OFFSET = 543;
	private static final List<DateTimeFormatter> RFC = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
			new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE, d MMM yyyy HH:mm[:ss] zzz")
					.toFormatter(Locale.ENGLISH));

	private static final DateTimeFormatter MINUTES_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
	private static final DateTimeFormatter OFFSET_FORMAT = new DateTimeFormatterBuilder()
			.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HH:MM", "Z").toFormatter(Locale.ROOT);

	/** The hours from UTC of the time zones US pages write after a clock time: "10:58 PM CDT", "9:15 a.m. EST". */
	private static final Map<String, Integer> US_ZONES = Map.ofEntries(Map.entry("EST", -5), Map.entry("EDT", -4),
			Map.entry("CST", -6), Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8),
			Map.entry("PDT", -7), Map.entry("AKST", -9), Map.entry("AKDT", -8), Map.entry("HST", -10), Map.entry("HDT", -9));
	/** A clock time, perhaps with am/pm and a zone after it: "10:58 PM CDT", "22:58", "22h40", "9:15 a.m. EST". */
	private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])(\\d{1,2})[:h](\\d{2})(?::\\d{2})?(?!\\d)"
			+ "(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?)?(?:\\s+([A-Z]{2,4})\\b)?");
	/** The farthest a local clock is from UTC, in minutes (UTC+14 in Kiribati). */
	private static final int MAX_OFFSET_MINUTES = 14 * 60;

	private DateNormalizer() {
	}

	/** A day in numbers with the year last, separated by hyphens, slashes or dots: "16-4-2026", "04/07/2026". */
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?![\\d/.-])");
	/** Day and month with a dot after each and no year, as Finnish and German date lines write them: "18.3. 1:30". */
	private static final Pattern DAY_MONTH_DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(?![\\d])");
	/** A date with slashes and the year last: "12/03/2026", day or month first by country. */
	private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

	/**
	 * The ISO-8601 form of the first date with slashes in {@code raw} ("Released 12/03/2026"): day first when
	 * {@code dayFirst} says so or the first number is over 12, month first when it says not or the second is over 12;
	 * empty when neither the numbers nor {@code dayFirst} settle it, or there is no such date.
	 */
	public static Optional<String> normalizeSlashed(String raw, Optional<Boolean> dayFirst) {
		Matcher m = SLASHED.matcher(raw);
		if (!m.find()) {
			return Optional.empty();
		}
		int a = Integer.parseInt(m.group(1));
		int b = Integer.parseInt(m.group(2));
		Optional<Boolean> order = a > 12 ? Optional.of(true) : b > 12 ? Optional.of(false) : dayFirst;
		if (order.isEmpty()) {
			return Optional.empty();
		}
		int day = order.get() ? a : b;
		int month = order.get() ? b : a;
		try {
			return Optional.of(java.time.LocalDate.of(Integer.parseInt(m.group(3)), month, day).toString());
		} catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The day a visible date line shows for {@code instant} when it is the day before or after the instant's own day
	 * (in its offset: the UTC day for "...Z"): the line writes a date and a clock time, and the clock time is the
	 * instant's in the US time zone written after it ("Published: 10:58 PM CDT April 7, 2026" for "2026-04-08T03:58Z"
	 * is "2026-04-07", "2026-04-14 22:45" for "2026-04-15T10:45+08:00" is "2026-04-14") or, with no such
	 * zone, a local time a whole quarter hour and at most fourteen hours from the instant's ("19 March 2026, 22:40"
	 * for "2026-03-20T01:40Z" is "2026-03-19"); else empty (also when the line shows the instant's own day).
	 */
	public static Optional<LocalDate> shownLocalDay(String line, OffsetDateTime instant) {
		String s = halfWidthDigits(TextNormalizer.collapse(line));
		Optional<String> date = normalize(s);
		Matcher m = CLOCK.matcher(s);
		if (date.isEmpty() || date.get().length() < 10) {
			date = numericNear(s, instant.toLocalDate()); // "16-4-2026 | 00:20"
		}
		if (date.isEmpty() || date.get().length() < 10 || !m.find()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(m.group(1));
		int minute = Integer.parseInt(m.group(2));
		if (m.group(3) != null) {
			hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
		}
		if (hour > 23 || minute > 59) {
			return Optional.empty();
		}
		LocalDate day = LocalDate.parse(date.get().substring(0, 10));
		LocalDateTime inUtc = instant.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withSecond(0).withNano(0);
		long offset = java.time.Duration.between(inUtc, day.atTime(hour, minute)).toMinutes();
		Integer zone = m.group(4) == null ? null : US_ZONES.get(m.group(4));
		boolean sameInstant = zone != null ? offset == zone * 60L
				: Math.abs(offset) <= MAX_OFFSET_MINUTES && offset % 15 == 0;
		return sameInstant && Math.abs(day.toEpochDay() - instant.toLocalDate().toEpochDay()) == 1 ? Optional.of(day)
				: Optional.empty();
	}

	/**
	 * A day written with numbers only and the year last, day or month first ("16-4-2026", "04/07/2026"), or day and
	 * month with dots and no year ("18.3."), read the way that falls on {@code near} or the day before or after it;
	 * empty when no reading does.
	 */
	private static Optional<String> numericNear(String s, LocalDate near) {
		Matcher m = DAY_MONTH_YEAR.matcher(s);
		if (m.find()) {
			int a = Integer.parseInt(m.group(1));
			int b = Integer.parseInt(m.group(2));
			int year = Integer.parseInt(m.group(3));
			return near(near, new int[][] { { year, b, a }, { year, a, b } });
		}
		Matcher dotted = DAY_MONTH_DOTTED.matcher(s); // "18.3. 1:30": the year is the instant's (or the one next to it)
		if (dotted.find()) {
			int day = Integer.parseInt(dotted.group(1));
			int month = Integer.parseInt(dotted.group(2));
			int year = near.getYear();
			return near(near, new int[][] { { year, month, day }, { year - 1, month, day }, { year + 1, month, day } });
		}
		return Optional.empty();
	}

	/** The first of the {year, month, day} readings that is a day and falls within a day of {@code near}. */
	private static Optional<String> near(LocalDate near, int[][] readings) {
		for (int[] ymd : readings) {
			try {
				LocalDate day = LocalDate.of(ymd[0], ymd[1], ymd[2]);
				if (Math.abs(day.toEpochDay() - near.toEpochDay()) <= 1) {
					return Optional.of(day.toString());
				}
			} catch (java.time.DateTimeException e) {
				// not this reading
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether {@code line} writes a day: a date this class understands, one in numbers only ("16-4-2026") or a day and
	 * month with dots ("18.3.").
	 */
	public static boolean writesDay(String line) {
		String s = halfWidthDigits(line);
		return normalize(line).isPresent() || DAY_MONTH_YEAR.matcher(s).find() || DAY_MONTH_DOTTED.matcher(s).find();
	}

	/** The ISO-8601 form of {@code raw}, or empty when it is not a date this class understands. */
	public static Optional<String> normalize(String raw) {
		String s = halfWidthDigits(TextNormalizer.collapse(raw));
		if (s.isEmpty() || s.length() > 200) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(parse(s));
		} catch (java.time.DateTimeException | ArithmeticException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static String parse(String s) {
		Matcher m = ISO.matcher(s);
		if (m.find()) {
			return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
		}
		for (DateTimeFormatter f : RFC) {
			try {
				return ZonedDateTime.parse(s, f).toOffsetDateTime().format(OFFSET_FORMAT);
			} catch (DateTimeParseException e) {
				// next
			}
		}
		m = COMPACT.matcher(s);
		if (m.find()) {
			return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null);
		}
		m = JAPANESE_ERA.matcher(s);
		if (m.find()) {
			int year = ("元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2))) + ("令和".equals(m.group(1)) ? 2018 : 1988);
			return build(String.valueOf(year), m.group(3), m.group(4), m.group(5), m.group(6), null, null);
		}
		m = NUMERIC.matcher(s);
		if (m.find()) {
			String date = build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null, null);
			if (date != null) {
				return date; // else a year of another calendar: "1447/09/16هـ"
			}
		}
		m = DOTTED.matcher(s);
		if (m.find()) {
			return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), null, null);
		}
		m = MONTH_FIRST.matcher(s);
		while (m.find()) {
			if (month(m.group(1)) > 0) {
				return build(m.group(3), String.valueOf(month(m.group(1))), m.group(2), hour(m.group(4), m.group(6)),
						m.group(5), null, null);
			}
		}
		m = JALALI.matcher(s);
		if (m.find()) {
			LocalDate day = Jalali.toGregorian(Integer.parseInt(m.group(3)), JALALI_MONTHS.indexOf(m.group(2)) + 1,
					Integer.parseInt(m.group(1)));
			return day(day);
		}
		m = ETHIOPIAN.matcher(s);
		if (m.find()) {
			String month = ETHIOPIAN_SPELLINGS.getOrDefault(m.group(1), m.group(1));
			LocalDate day = Ethiopian.toGregorian(Integer.parseInt(m.group(3)), ETHIOPIAN_MONTHS.indexOf(month) + 1,
					Integer.parseInt(m.group(2)));
			return day(day);
		}
		String named = levantMonths(s);
		m = DAY_FIRST.matcher(named);
		while (m.find()) { // "16 رمضان 1447 هـ - 05 مارس 2026": a month of another calendar first
			if (month(m.group(2)) > 0) {
				return build(m.group(3), String.valueOf(month(m.group(2))), m.group(1), hour(m.group(4), m.group(6)),
						m.group(5), null, null);
			}
		}
		m = YEAR_FIRST.matcher(s);
		while (m.find()) {
			if (month(m.group(2)) > 0) {
				return build(m.group(1), String.valueOf(month(m.group(2))), m.group(3), m.group(4), m.group(5), null, null);
			}
		}
		m = YEAR_GADA.matcher(s);
		if (m.find() && month(m.group(3)) > 0) {
			return build(m.group(1), String.valueOf(month(m.group(3))), m.group(2), null, null, null, null);
		}
		m = VIETNAMESE.matcher(s);
		if (m.find()) {
			return build(m.group(3), m.group(2), m.group(1), null, null, null, null);
		}
		return hijri(s); // the Islamic calendar only when the line gives no Gregorian date
	}

	/** A day of the Islamic (Umm al-Qura) calendar: "16 رمضان 1447 هـ", "1447/09/16هـ". */
	private static String hijri(String s) {
		Matcher m = HIJRI_NAMED.matcher(s);
		int year;
		int month;
		int day;
		if (m.find()) {
			day = Integer.parseInt(m.group(1));
			month = HIJRI_MONTHS.indexOf(HIJRI_SPELLINGS.getOrDefault(m.group(2), m.group(2))) + 1;
			year = Integer.parseInt(m.group(3));
		} else if ((m = HIJRI_NUMERIC.matcher(s)).find()) {
			year = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(2));
			day = Integer.parseInt(m.group(3));
		} else {
			return null;
		}
		return day(LocalDate.from(java.time.chrono.HijrahDate.of(year, month, day)));
	}

	private static String levantMonths(String s) {
		if (s.indexOf("تشرين") < 0 && s.indexOf("كانون") < 0) {
			return s;
		}
		String named = s;
		for (Map.Entry<String, String> e : LEVANT_MONTHS.entrySet()) {
			named = named.replace(e.getKey(), e.getValue());
		}
		return named;
	}

	private static String halfWidthDigits(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c > 127 && Character.isDigit(c)) { // full-width, Arabic-Indic, Persian, Devanagari digits
				if (sb == null) {
					sb = new StringBuilder(s);
				}
				sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
			}
		}
		return sb == null ? s : sb.toString();
	}

	private static String hour(String h, String ampm) {
		if (h == null || ampm == null) {
			return h;
		}
		int hour = Integer.parseInt(h) % 12;
		if (Character.toLowerCase(ampm.charAt(0)) == 'p') {
			hour += 12;
		}
		return String.valueOf(hour);
	}

	private static int month(String name) {
		return MonthNames.of(name);
	}

	/** A day read from another calendar, in ISO-8601. */
	private static String day(LocalDate day) {
		return build(String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()), String.valueOf(day.getDayOfMonth()),
				null, null, null, null);
	}

	private static String build(String y, String mo, String d, String h, String mi, String sec, String zone) {
		int year = Integer.parseInt(y);
		LocalDate date = LocalDate.of(year >= BUDDHIST_ERA_FROM ? year - BUDDHIST_ERA_OFFSET : year, Integer.parseInt(mo),
				Integer.parseInt(d));
		if (date.getYear() < 1900 || date.getYear() > 2200) {
			return null;
		}
		if (h == null || mi == null) {
			return date.toString();
		}
		LocalDateTime time = date.atTime(Integer.parseInt(h), Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
		String local = time.format(sec == null ? MINUTES_FORMAT : DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		if (zone == null) {
			return local;
		}
		String z = zone.toUpperCase(Locale.ROOT);
		String offset;
		if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
			offset = "Z";
		} else if (z.length() == 3) {
			offset = z + ":00";
		} else if (z.length() == 5) {
			offset = z.substring(0, 3) + ":" + z.substring(3);
		} else {
			offset = z;
		}
		return OffsetDateTime.of(time, ZoneOffset.of(offset)).format(OFFSET_FORMAT);
	}
}

package org.policyannotator.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date formats found on news pages, and what they become. */
class DateNormalizerTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"2024-03-05T14:30:00Z | 2024-03-05T14:30:00Z",
			"2024-03-05T14:30:00+01:00 | 2024-03-05T14:30:00+01:00",
			"2024-03-05T14:30:00+0100 | 2024-03-05T14:30:00+01:00",
			"2024-03-05T14:30:00+05 | 2024-03-05T14:30:00+05:00",
			"2024-03-05T14:30:00 UTC | 2024-03-05T14:30:00Z",
			"2024-03-05T14:30:00-00:00 | 2024-03-05T14:30:00Z",
			"1.out.2025 às 22h31 | 2025-10-01T22:31",
			"Atualizado: 2.out.2025 às 9h15 | 2025-10-02T09:15",
			"3 ene. 2025 | 2025-01-03",
			"الخميس - 16 رمضان 1447 هـ - 05 مارس 2026 مـ | 2026-03-05",
			"٥ آذار ٢٠٢٦ | 2026-03-05",
			"5 ott 2025 alle 14:05 | 2025-10-05T14:05",
			"12 févr. 2025 à 8h30 | 2025-02-12T08:30",
			"2024-03-05T14:30:00.123-05:00 | 2024-03-05T14:30:00-05:00",
			"2024-03-05T14:30 | 2024-03-05T14:30",
			"2024-03-05 14:30:00 | 2024-03-05T14:30:00",
			"2024-03-05 | 2024-03-05",
			"Tue, 05 Mar 2024 14:30:00 GMT | 2024-03-05T14:30:00Z",
			"Tue, 5 Mar 2024 14:30:00 +0900 | 2024-03-05T14:30:00+09:00",
			"2024/03/05 | 2024-03-05",
			"2024.3.5 | 2024-03-05",
			"20240305 | 2024-03-05",
			"March 5, 2024 | 2024-03-05",
			"Mar. 5, 2024 at 2:30 p.m. | 2024-03-05T14:30",
			"5 March 2024 | 2024-03-05",
			"Published: Oct 15, 2025 11:13 PM | 2025-10-15T23:13",
			"2024年3月5日 | 2024-03-05",
			"2025年12月20日 10:30 | 2025-12-20T10:30",
			"2026년 1월 5일 | 2026-01-05",
			"令和7年6月3日（火曜日）16時02分 | 2025-06-03T16:02",
			"令和元年5月1日 | 2019-05-01",
			"平成31年4月30日 | 2019-04-30",
			"２０２４年３月５日 | 2024-03-05",
			"입력 2026.01.05 18:42 | 2026-01-05T18:42",
			"发布日期：2025-12-24 10:30:15 | 2025-12-24T10:30:15" })
	void normalisesToIso8601(String raw, String iso) {
		assertEquals(Optional.of(iso), DateNormalizer.normalize(raw));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "2 hours ago", "2024-13-45", "Page 12 of 30", "0000-00-00" })
	void rejectsWhatIsNotADate(String raw) {
		assertEquals(Optional.empty(), DateNormalizer.normalize(raw));
	}

	@org.junit.jupiter.api.Test
	void aDateWithSlashesIsReadByTheCountrysOrderOrByANumberOverTwelveAndOtherwiseNotAtAll() {
		assertEquals(Optional.of("2026-03-12"), DateNormalizer.normalizeSlashed("Released 12/03/2026", Optional.of(true)));
		assertEquals(Optional.of("2026-12-03"), DateNormalizer.normalizeSlashed("12/03/2026", Optional.of(false)));
		assertEquals(Optional.of("2026-03-25"), DateNormalizer.normalizeSlashed("25/03/2026", Optional.empty()));
		assertEquals(Optional.of("2026-03-25"), DateNormalizer.normalizeSlashed("03/25/2026", Optional.of(true)));
		assertEquals(Optional.empty(), DateNormalizer.normalizeSlashed("12/03/2026", Optional.empty()));
		assertEquals(Optional.empty(), DateNormalizer.normalizeSlashed("2025-2026/2217", Optional.of(true)));
		assertEquals(Optional.empty(), DateNormalizer.normalize("12/03/2026"));
	}

	@ParameterizedTest(name = "{0} for {1} -> {2}")
	@CsvSource(delimiter = '|', value = {
			"Published: 10:58 PM CDT April 7, 2026 | 2026-04-08T03:58:00Z | 2026-04-07",
			"April 7, 2026 at 11:58 p.m. EDT | 2026-04-08T03:58:00Z | 2026-04-07",
			"19 March 2026, 22:40 | 2026-03-20T01:40:12Z | 2026-03-19",
			"8 avril 2026 à 1h30 | 2026-04-07T23:30:00Z | 2026-04-08",
			"Updated: 12:31 AM CDT April 8, 2026 | 2026-04-08T03:58:00Z | ''",
			"Published: 10:58 PM PDT April 7, 2026 | 2026-04-08T03:58:00Z | ''",
			"19 March 2026, 22:47 | 2026-03-20T01:40:00Z | ''",
			"April 8, 2026 3:58 AM | 2026-04-08T03:58:00Z | ''",
			"April 7, 2026 | 2026-04-08T03:58:00Z | ''",
			"16-4-2026 00:20 | 2026-04-15T22:20:00Z | 2026-04-16",
			"04/16/2026 12:20 AM | 2026-04-15T22:20:00Z | 2026-04-16",
			"13-4-2026 00:20 | 2026-04-15T22:20:00Z | ''",
			"Julkaistu 18.3. 1:30 | 2026-03-17T23:30:00.000Z | 2026-03-18",
			"1.1. 0:30 | 2025-12-31T22:30:00Z | 2026-01-01",
			"12.3. 1:30 | 2026-03-17T23:30:00Z | ''" })
	void aDateLinesClockTimeGivesTheLocalDayOfAUtcInstantWhenItIsTheDayBeforeOrAfter(String line, String utc, String day) {
		assertEquals(day.isEmpty() ? Optional.empty() : Optional.of(java.time.LocalDate.parse(day)),
				DateNormalizer.shownLocalDay(line, java.time.OffsetDateTime.parse(utc)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"21 kwietnia 2026, 07:12 | 2026-04-21T07:12",
			"21 апреля 2026 в 14:05 | 2026-04-21T14:05",
			"7 квітня 2026, 17:26 | 2026-04-07T17:26",
			"21 март 2026, 08:15 | 2026-03-21T08:15",
			"21. dubna 2026 | 2026-04-21",
			"20. mar 2026 o 7:02 | 2026-03-20T07:02",
			"21. travnja 2026. | 2026-04-21",
			"21. huhtikuuta 2026 | 2026-04-21",
			"3. maj 2026 kl. 06.15 | 2026-05-03T06:15",
			"14 maart 2026 | 2026-03-14",
			"14 mei 2026 | 2026-05-14",
			"3 juin 2026 | 2026-06-03",
			"14 juillet 2026 | 2026-07-14",
			"21 Nisan 2026 10:32 | 2026-04-21T10:32",
			"3 Eylül 2026 Perşembe | 2026-09-03",
			"21 Απριλίου 2026 | 2026-04-21",
			"3 Μαΐου 2026 | 2026-05-03",
			"20 मई 2026 | 2026-05-20",
			"২১ এপ্রিল ২০২৬ | 2026-04-21",
			"1 جنوری 2026 | 2026-01-01",
			"21 ஏப்ரல் 2026 | 2026-04-21",
			"21 באפריל 2026 | 2026-04-21",
			"5 تشرين الأول 2026 | 2026-10-05",
			"12 كانون الثاني 2026 | 2026-01-12",
			"5 სექტემბერი 2026 | 2026-09-05",
			"12 Ogos 2026 | 2026-08-12",
			"Aprili 25, 2026 | 2026-04-25",
			"Abril 9, 2026 | 2026-04-09",
			"2026. ápr. 21. 10:32 | 2026-04-21T10:32",
			"2026 m. balandžio 21 d. | 2026-04-21",
			"2026. gada 21. aprīlis | 2026-04-21",
			"21 tháng 4 năm 2026 | 2026-04-21",
			"2 เม.ย. 2569 10:47 น. | 2026-04-02T10:47",
			"2 เมษายน 2569 | 2026-04-02",
			"۲۵ فروردین ۱۴۰۵ | 2026-04-14",
			"1 فروردین 1403 | 2024-03-20",
			"10 دی 1404 | 2025-12-31",
			"ሚያዝያ 9/2018 | 2026-04-17",
			"መስከረም 1 ቀን 2016 ዓ.ም | 2023-09-12",
			"ጳጉሜን 6/2015 | 2023-09-11",
			"الخميس 16 رمضان 1447 هـ | 2026-03-05",
			"1447/09/16هـ | 2026-03-05" })
	void readsMonthNamesOfManyLanguagesAndTheThaiIranianEthiopianAndIslamicCalendars(String raw, String iso) {
		assertEquals(Optional.of(iso), DateNormalizer.normalize(raw));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12 districts 2026", "Page 3 of 2026", "3 desks 2026" })
	void aWordBetweenANumberAndAYearIsNoMonthUnlessItNamesOne(String raw) {
		assertEquals(Optional.empty(), DateNormalizer.normalize(raw));
	}
}

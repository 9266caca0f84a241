package org.policyannotator.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month names of the table beside MonthNames: whole forms, stems, and words that name no month. */
class MonthNamesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "April, 4", "avr., 4", "juin, 6", "juillet, 7", "Juli, 7", "lipca, 7", "lipnja, 6", "června, 6",
			"července, 7", "srpna, 8", "srpnja, 7", "листопада, 11", "липня, 7", "Μαΐου, 5", "ก.พ., 2", "Mayıs, 5",
			"Aralık, 12", "desember, 12", "sept., 9", "Sept, 9" })
	void namesTheMonthOfEachForm(String word, int month) {
		assertEquals(month, MonthNames.of(word));
	}

	@Test
	void aWordThatIsNoMonthNamesNone() {
		for (String word : new String[] { "de", "of", "Page", "districts", "desks", "Monday", "said", "" }) {
			assertEquals(0, MonthNames.of(word), word);
		}
	}

	@Test
	void aprilIsReadInEveryScriptOfTheTable() {
		String[] april = { "April", "kwietnia", "апреля", "Απριλίου", "अप्रैल", "এপ্রিল", "اپریل", "אפריל", "أبريل",
				"აპრილი", "ապրիլի", "เมษายน" };
		for (String word : april) {
			assertEquals(4, MonthNames.of(word), word);
		}
	}
}

package org.policyannotator.ui.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** What the Document Variables dialog reads from its lines and shows for several documents. */
class VariablesDialogTest {
	@Test
	void linesGiveVariablesAndTheFirstBadLineIsNamed() {
		VariablesDialog.Parsed ok = VariablesDialog.parse("country = KR\n\n  type=speech  \n");
		assertEquals(Map.of("country", "KR", "type", "speech"), ok.variables());
		assertEquals(Optional.empty(), ok.problem());
		assertEquals(Optional.of("Line 2: write name = value"), VariablesDialog.parse("country = KR\nspeech").problem());
		assertTrue(VariablesDialog.parse("1st = x").problem().orElseThrow().startsWith("Line 1: variable name \"1st\""));
		assertTrue(VariablesDialog.parse("a = 1\na = 2").problem().orElseThrow().contains("given twice"));
		assertTrue(VariablesDialog.parse("a =").problem().orElseThrow().contains("not empty"));
	}

	@Test
	void severalDocumentsShowOnlyTheVariablesTheyShare() {
		TreeMap<String, String> one = new TreeMap<>(Map.of("country", "KR", "type", "speech"));
		TreeMap<String, String> two = new TreeMap<>(Map.of("country", "KR", "type", "briefing"));
		assertEquals(Map.of("country", "KR"), VariablesDialog.common(List.of(one, two)));
		assertEquals(Map.of(), VariablesDialog.common(List.of()));
	}
}

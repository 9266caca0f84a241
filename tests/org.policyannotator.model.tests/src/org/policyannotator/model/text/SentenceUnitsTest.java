package org.policyannotator.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Sentence units: the splitter's sentences, joined and split by hand. */
class SentenceUnitsTest {
	private static final String TEXT = "Seoul and Beijing agreed. Trade will grow. Tariffs fall in May.";

	private static List<String> texts(SentenceUnits units) {
		List<String> list = new ArrayList<>();
		for (int i = 0; i < units.count(); i++) {
			list.add(units.text(i));
		}
		return list;
	}

	@Test
	void withoutEditsTheUnitsAreTheSentences() {
		assertEquals(List.of("Seoul and Beijing agreed.", "Trade will grow.", "Tariffs fall in May."),
				texts(SentenceUnits.of(TEXT)));
	}

	@Test
	void joiningWithTheNextMakesOneUnitAndSplittingAgainUndoesIt() {
		SentenceUnits units = SentenceUnits.of(TEXT);
		UnitEdits joined = units.joinWithNext(0).orElseThrow();
		assertEquals(Set.of(26), joined.removed());
		SentenceUnits after = SentenceUnits.of(TEXT, joined);
		assertEquals(List.of("Seoul and Beijing agreed. Trade will grow.", "Tariffs fall in May."), texts(after));
		UnitEdits split = after.splitAt(TEXT.indexOf("Trade") + 2).orElseThrow();
		assertEquals(UnitEdits.NONE, split, "splitting where the splitter split restores its boundary");
		assertTrue(units.joinWithNext(2).isEmpty(), "the last unit has no next one");
	}

	@Test
	void splittingAtTheCaretSplitsBeforeItsWordAndJoiningTakesItBack() {
		SentenceUnits units = SentenceUnits.of(TEXT);
		int caret = TEXT.indexOf("Beijing") + 3;
		UnitEdits split = units.splitAt(caret).orElseThrow();
		SentenceUnits after = SentenceUnits.of(TEXT, split);
		assertEquals(List.of("Seoul and", "Beijing agreed.", "Trade will grow.", "Tariffs fall in May."), texts(after));
		assertEquals(UnitEdits.NONE, after.joinWithNext(0).orElseThrow());
		assertEquals(after.start(1), SentenceUnits.of(TEXT, units.splitAt(TEXT.indexOf(" Beijing")).orElseThrow()).start(1),
				"a caret on the space splits before the next word");
		assertTrue(units.splitAt(0).isEmpty(), "nothing to split at a unit's start");
		assertTrue(units.splitAt(TEXT.indexOf("agreed") + 2).isPresent());
	}

	@Test
	void indexAtFindsTheUnitOfAnOffsetAndEmptyTextsHaveNone() {
		SentenceUnits units = SentenceUnits.of(TEXT);
		assertEquals(1, units.indexAt(TEXT.indexOf("grow")));
		assertEquals(0, units.indexAt(25), "the space after a unit belongs to it");
		assertEquals(-1, SentenceUnits.of("  \n ").indexAt(0));
		assertEquals(0, SentenceUnits.of("  \n ").count());
	}
}

package org.policyannotator.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** Tooltips read as paragraphs; counts read as English. */
class TextShapingTest {

	@Test
	void everyTypeDescriptionOfTheDefaultSchemaWrapsIntoShortLinesWithNoWordLost() {
		for (TagType type : Schema.defaultSchema().tagTypes()) {
			String wrapped = ToolTips.wrap(type.description());
			assertTrue(Arrays.stream(wrapped.split("\n")).allMatch(line -> line.length() <= ToolTips.WIDTH),
					type.id() + ": " + wrapped);
			assertEquals(type.description().replaceAll("\\s+", " ").trim(), wrapped.replaceAll("\\s+", " ").trim());
		}
	}

	@Test
	void aWordLongerThanALineStaysWholeAndParagraphsStay() {
		String url = "https://example.org/" + "x".repeat(90);
		assertEquals("See\n" + url + "\nfor more.\n\nSecond paragraph.",
				ToolTips.wrap("See " + url + " for more.\n\nSecond paragraph."));
	}

	@Test
	void oneIsSingular() {
		assertEquals("1 relation", Counts.of(1, "relation"));
		assertEquals("0 relations", Counts.of(0, "relation"));
		assertEquals("2,048 annotations", Counts.of(2048, "annotation"));
	}
}

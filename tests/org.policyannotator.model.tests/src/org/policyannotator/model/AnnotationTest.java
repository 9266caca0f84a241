package org.policyannotator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class AnnotationTest {
	private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

	@Test
	void withMethodsChangeOneThingAndTheModificationTime() {
		Annotation a = Annotation.of("a1", "statistic", List.of(new Span(0, 4, "24.5", "", "")), "ana", T0);
		Annotation b = a.withAttribute("value", AttributeValue.Number.of("24.50"), T0.plusSeconds(5));
		assertEquals(T0, b.created());
		assertEquals(T0.plusSeconds(5), b.modified());
		assertEquals(new BigDecimal("24.5"), ((AttributeValue.Number) b.attribute("value").orElseThrow()).value());
		assertTrue(a.attributes().isEmpty(), "the original is unchanged");
		assertEquals("note", b.withNote("note", T0).noteIfAny().orElseThrow());
		assertEquals(AnnotationStatus.SUGGESTED, b.withStatus(AnnotationStatus.SUGGESTED, T0).status());
	}

	@Test
	void attributesCannotBeChangedFromOutside() {
		TreeMap<String, AttributeValue> map = new TreeMap<>();
		map.put("unit", new AttributeValue.Text("percent"));
		Annotation a = new Annotation("a1", "statistic", List.of(new Span(0, 1, "x", "", "")), map, "ana", T0, T0, "",
				AnnotationStatus.ACCEPTED, false);
		map.put("other", new AttributeValue.Bool(true));
		assertEquals(1, a.attributes().size());
		assertThrows(UnsupportedOperationException.class, () -> a.attributes().put("x", new AttributeValue.Bool(true)));
	}

	@Test
	void attributesAreSortedByNameAndEqualToAnyMapWithTheSameEntries() {
		java.util.HashMap<String, AttributeValue> unsorted = new java.util.HashMap<>();
		for (String name : List.of("unit", "value", "scope", "change", "period")) {
			unsorted.put(name, new AttributeValue.Text(name + "!"));
		}
		Annotation a = new Annotation("a1", "statistic", List.of(new Span(0, 1, "x", "", "")), new TreeMap<>(unsorted),
				"ana", T0, T0, "", AnnotationStatus.ACCEPTED, false);
		Annotation b = a.withAttributes(unsorted, T0);
		assertEquals(List.of("change", "period", "scope", "unit", "value"), List.copyOf(b.attributes().keySet()));
		assertEquals(new TreeMap<>(unsorted), b.attributes());
		assertEquals(b.attributes(), new TreeMap<>(unsorted));
		assertEquals(new TreeMap<>(unsorted).hashCode(), b.attributes().hashCode());
		assertEquals(a, b);
		assertEquals(List.of("scope", "unit"), List.copyOf(b.attributes().subMap("s", "v").keySet()));
		assertEquals("change", b.attributes().firstKey());
		assertTrue(b.attribute("nothing").isEmpty());
		assertThrows(UnsupportedOperationException.class, () -> b.attributes().clear());
	}

	@Test
	void anAnnotationNeedsASpan() {
		assertThrows(IllegalArgumentException.class, () -> Annotation.of("a1", "claim", List.of(), "ana", T0));
	}

	@Test
	void numbersAreNormalisedSoEqualValuesAreEqual() {
		assertEquals(AttributeValue.Number.of("1.50"), AttributeValue.Number.of("1.5"));
		assertEquals("1000", AttributeValue.Number.of("1E+3").display());
		assertEquals("0", AttributeValue.Number.of("0.000").display());
	}
}

package org.policyannotator.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Finding;

class SchemaTest {
	private final Schema schema = Schema.defaultSchema();

	@Test
	void defaultSchemaHasTheSixPolicyTypesOnKeysOneToSix() {
		List<String> ids = schema.tagTypes().stream().map(TagType::id).toList();
		assertEquals(List.of("claim", "statistic", "proposal", "proposal-point", "quote", "speaker"), ids);
		List<String> keys = schema.tagTypes().stream().map(TagType::key).toList();
		assertEquals(List.of("1", "2", "3", "4", "5", "6"), keys);
		assertEquals("proposal-point", schema.tagTypeForKey("4").orElseThrow().id());
	}

	@Test
	void defaultColoursAreDistinctHexColours() {
		Set<String> colours = new HashSet<>();
		for (TagType type : schema.tagTypes()) {
			assertTrue(type.colour().matches("#[0-9a-f]{6}"), type.colour());
			assertTrue(colours.add(type.colour()), type.colour());
		}
	}

	@Test
	void everyDefaultTypeHasAGuidelineAndTheSchemaIsConsistent() {
		for (TagType type : schema.tagTypes()) {
			assertTrue(type.description().length() > 40, type.id());
		}
		assertEquals(List.of(), schema.check());
	}

	@Test
	void defaultTypesHaveTheAttributesAnalystsFill() {
		TagType statistic = schema.tagType("statistic").orElseThrow();
		for (String attribute : List.of("value", "unit", "period", "scope", "change")) {
			assertTrue(statistic.attribute(attribute).isPresent(), attribute);
		}
		assertEquals(AttributeKind.NUMBER, statistic.attribute("value").orElseThrow().kind());
		assertEquals(Optional.of("point-of"), schema.tagType("proposal").orElseThrow().attribute("points")
				.orElseThrow().countsRelation());
		assertEquals(List.of("direct", "indirect"),
				schema.tagType("quote").orElseThrow().attribute("kind").orElseThrow().allowedValues());
		assertTrue(schema.tagType("speaker").orElseThrow().attribute("affiliation").isPresent());
		RelationType saidBy = schema.relationType("said-by").orElseThrow();
		assertEquals(List.of("quote"), saidBy.fromTypes());
		assertEquals(List.of("speaker"), saidBy.toTypes());
		assertTrue(schema.relationType("supports").isPresent());
	}

	@Test
	void unknownIdsGiveEmpty() {
		assertTrue(schema.tagType("nope").isEmpty());
		assertTrue(schema.relationType("nope").isEmpty());
	}

	@Test
	void attributeValuesOfTheWrongKindAreExplained() {
		AttributeType kind = schema.tagType("quote").orElseThrow().attribute("kind").orElseThrow();
		assertTrue(kind.problemWith(new AttributeValue.Text("direct")).isEmpty());
		assertTrue(kind.problemWith(new AttributeValue.Text("shouted")).orElseThrow().contains("not one of"));
		AttributeType value = schema.tagType("statistic").orElseThrow().attribute("value").orElseThrow();
		assertTrue(value.problemWith(new AttributeValue.Text("many")).orElseThrow().contains("takes a number"));
	}

	@Test
	void checkReportsDuplicateKeysAndUnknownTargets() {
		TagType a = new TagType("a", "A", "#111111", "1", "", List.of(
				AttributeType.ofReference("r", "R", "", List.of("ghost"))), false);
		TagType b = new TagType("b", "B", "#111111", "1", "", List.of(), false);
		RelationType rel = new RelationType("rel", "rel", "", List.of("a"), List.of("missing"), false, false);
		List<Finding> findings = new Schema("s", List.of(a, b), List.of(rel)).check();
		List<String> messages = findings.stream().map(Finding::toString).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains("key 1 is used by another")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("ghost does not exist")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("missing does not exist")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("warning") && m.contains("colour")), messages.toString());
	}

	@Test
	void duplicateTypeIdsAndBadColoursAreRejectedAtOnce() {
		TagType a = new TagType("a", "A", "#111111", "", "", List.of(), false);
		assertThrows(IllegalArgumentException.class, () -> new Schema("s", List.of(a, a), List.of()));
		assertThrows(IllegalArgumentException.class, () -> new TagType("x", "X", "red", "", "", List.of(), false));
	}

	@Test
	void extensionAddsNewTypesAndReplacesTypesWithTheSameId() {
		TagType claim = new TagType("claim", "Assertion", "#000001", "1", "changed", List.of(), true);
		TagType target = new TagType("target", "Target", "#000002", "7", "", List.of(), false);
		Schema extended = schema.extendedBy(new Schema("", List.of(claim, target), List.of()));
		assertEquals(7, extended.tagTypes().size());
		assertEquals("Assertion", extended.tagTypes().get(0).label());
		assertEquals("target", extended.tagTypes().get(6).id());
		assertEquals(schema.name(), extended.name());
		assertFalse(extended.relationTypes().isEmpty());
	}
}

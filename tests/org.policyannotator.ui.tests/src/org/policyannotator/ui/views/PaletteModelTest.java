package org.policyannotator.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** The palette's tree and filter on the sample codebook (10 topics, 30 subtopics). */
class PaletteModelTest {
	private static List<String> ids(Object[] elements) {
		return Arrays.stream(elements).map(e -> PaletteModel.typeOf(e).map(TagType::id).orElse("(recent)")).toList();
	}

	@Test
	void aFilterKeepsTheMatchingCodesInTheirPlaceUnderTheirTopics() throws Exception {
		PaletteModel model = new PaletteModel(SchemaFiles.sample("policy-topics"), List.of());
		assertEquals(10, model.roots().length);
		List<TagType> found = model.filter("wages");
		assertEquals(List.of("economy-jobs"), found.stream().map(TagType::id).toList());
		assertEquals(List.of("economy"), ids(model.roots()));
		TagType economy = (TagType) model.roots()[0];
		assertEquals(List.of("economy-jobs"), ids(model.children(economy)));
		assertEquals(List.of("economy-jobs"), model.filter("102").stream().map(TagType::id).toList(), "by number");
		assertEquals(List.of("economy-jobs"), model.filter("EMPLOYMENT wag").stream().map(TagType::id).toList(),
				"every word, any case");
		assertTrue(model.filter("no such code").isEmpty());
		assertEquals(0, model.roots().length);
		model.filter("  ");
		assertFalse(model.filtering());
		assertEquals(10, model.roots().length);
	}

	@Test
	void everyMatchIsShownUnderItsTopicAndNothingElseIs() throws Exception {
		Schema topics = SchemaFiles.sample("policy-topics");
		PaletteModel model = new PaletteModel(topics, List.of());
		List<TagType> found = model.filter("economy");
		assertTrue(found.size() > 1, found.toString());
		List<String> shown = new java.util.ArrayList<>();
		java.util.ArrayDeque<Object> open = new java.util.ArrayDeque<>(Arrays.asList(model.roots()));
		while (!open.isEmpty()) {
			Object element = open.poll();
			shown.add(PaletteModel.typeOf(element).orElseThrow().id());
			open.addAll(Arrays.asList(model.children(element)));
		}
		for (TagType match : found) {
			assertTrue(shown.containsAll(topics.tree().path(match.id())), match.id() + " with its path in " + shown);
		}
		for (String id : shown) {
			assertTrue(found.stream().anyMatch(m -> topics.tree().path(m.id()).contains(id)),
					id + " is shown only as a match or an ancestor of one");
		}
	}

	@Test
	void recentlyUsedCodesComeFirstWithoutAFilterOnly() {
		Schema schema = Schema.defaultSchema();
		PaletteModel model = new PaletteModel(schema, List.of("quote", "gone-from-schema", "claim"));
		Object[] roots = model.roots();
		PaletteModel.RecentGroup recent = assertInstanceOf(PaletteModel.RecentGroup.class, roots[0]);
		assertEquals(List.of("quote", "claim"), ids(model.children(recent)));
		assertEquals(schema.tagTypes().size() + 1, roots.length);
		model.filter("quo");
		assertEquals(List.of("quote"), ids(model.roots()));
	}
}

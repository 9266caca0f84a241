package org.policyannotator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class AnnotationSetTest {
	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
	private static final String TEXT = Fixtures.sampleText("000");

	private static Annotation at(String id, String type, String phrase) {
		int start = TEXT.indexOf(phrase);
		assertTrue(start >= 0, phrase);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + phrase.length())), "ana", NOW);
	}

	@Test
	void listenersHearAddChangeAndRemoveInOrder() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		List<AnnotationSetEvent> events = new ArrayList<>();
		set.addListener(events::add);
		Annotation speaker = at("a1", "speaker", "Chen Xin");
		set.add(speaker);
		Annotation named = speaker.withAttribute("name", new AttributeValue.Text("Chen Xin"), NOW.plusSeconds(1));
		set.update(named);
		set.remove("a1");
		assertEquals(3, events.size());
		assertEquals(speaker, assertInstanceOf(AnnotationSetEvent.Added.class, events.get(0)).annotation());
		AnnotationSetEvent.Changed changed = assertInstanceOf(AnnotationSetEvent.Changed.class, events.get(1));
		assertEquals(speaker, changed.before());
		assertEquals(named, changed.after());
		assertEquals(named, assertInstanceOf(AnnotationSetEvent.Removed.class, events.get(2)).annotation());
	}

	@Test
	void removingAnAnnotationRemovesAndReportsItsRelations() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		set.add(at("a1", "speaker", "Chen Xin"));
		set.add(at("a2", "quote", "President Lee's visit will further propel"));
		set.addRelation(new Relation("a3", "said-by", "a2", "a1"));
		List<AnnotationSetEvent> events = new ArrayList<>();
		set.addListener(events::add);
		set.remove("a1");
		assertTrue(set.relations().isEmpty());
		assertInstanceOf(AnnotationSetEvent.RelationRemoved.class, events.get(0));
		assertInstanceOf(AnnotationSetEvent.Removed.class, events.get(1));
	}

	@Test
	void relationsOfAnAnnotationAreListedByIdNumber() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		set.add(at("a1", "speaker", "Chen Xin"));
		for (int i = 12; i >= 2; i--) {
			set.addRelation(new Relation("a" + i, "said-by", "q" + i, "a1"));
		}
		List<String> ids = set.relationsTo("a1").stream().map(Relation::id).toList();
		assertEquals(List.of("a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12"), ids);
		assertEquals(ids, set.relations().stream().map(Relation::id).toList());
		assertEquals(List.of("a5"), set.relationsFrom("q5").stream().map(Relation::id).toList());
	}

	@Test
	void aRemovedListenerHearsNothing() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		List<AnnotationSetEvent> events = new ArrayList<>();
		AnnotationSetListener listener = events::add;
		set.addListener(listener);
		set.removeListener(listener);
		set.add(at("a1", "speaker", "Chen Xin"));
		assertTrue(events.isEmpty());
	}

	@Test
	void updateWithoutChangeFiresNothing() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		Annotation a = at("a1", "speaker", "Chen Xin");
		set.add(a);
		List<AnnotationSetEvent> events = new ArrayList<>();
		set.addListener(events::add);
		set.update(a);
		assertTrue(events.isEmpty());
	}

	@Test
	void annotationsAreListedInTextOrderWhateverTheInsertionOrder() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		set.add(at("a2", "quote", "President Lee's visit"));
		set.add(at("a1", "speaker", "Chen Xin"));
		set.add(at("a3", "claim", "Strengthening people-to-people ties"));
		List<String> ids = set.annotations().stream().map(Annotation::id).toList();
		assertEquals(List.of("a3", "a1", "a2"), ids);
	}

	@Test
	void duplicateIdsAreRejected() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		set.add(at("a1", "speaker", "Chen Xin"));
		assertThrows(IllegalArgumentException.class, () -> set.add(at("a1", "claim", "Chen Xin")));
		assertThrows(IllegalArgumentException.class, () -> set.addRelation(new Relation("a1", "said-by", "x", "y")));
	}

	@Test
	void newIdsNeverRepeatIdsOfALoadedSet() {
		AnnotationSet set = AnnotationSet.of("ana", "doc", "", List.of(at("a7", "speaker", "Chen Xin")),
				List.of(new Relation("a12", "said-by", "a7", "a7")));
		assertEquals("a13", set.newId());
		assertEquals("a14", set.newId());
	}

	@Test
	void dirtyUntilSavedAndStillDirtyIfChangedDuringTheSave() {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		assertFalse(set.isDirty());
		set.add(at("a1", "speaker", "Chen Xin"));
		assertTrue(set.isDirty());
		long saving = set.snapshot().revision();
		set.add(at("a2", "claim", "Strengthening"));
		set.markSaved(new FileStamp(1, 1, ""), saving);
		assertTrue(set.isDirty(), "a change made while saving must not be forgotten");
		set.markSaved(new FileStamp(1, 1, ""), set.revision());
		assertFalse(set.isDirty());
	}

	@Test
	void discontinuousSpansAreKeptInTextOrder() {
		int late = TEXT.indexOf("Gen Z");
		int early = TEXT.indexOf("Strengthening");
		Annotation a = Annotation.of("a1", "claim", List.of(Span.of(TEXT, late, late + 5),
				Span.of(TEXT, early, early + 13)), "ana", NOW);
		assertEquals(2, a.spans().size());
		assertEquals(early, a.start());
		assertEquals(late + 5, a.end());
	}

	@Test
	void concurrentEditsFromManyThreadsAreAllKeptAndAllHeard() throws InterruptedException {
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		List<AnnotationSetEvent> events = new CopyOnWriteArrayList<>();
		set.addListener(events::add);
		int threads = 4;
		int each = 500;
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				try {
					start.await();
				} catch (InterruptedException e) {
					return;
				}
				for (int i = 0; i < each; i++) {
					String id = set.newId();
					set.add(Annotation.of(id, "claim", List.of(Span.of(TEXT, i, i + 3)), "ana", NOW));
					set.annotations();
				}
			});
			workers.add(worker);
			worker.start();
		}
		start.countDown();
		for (Thread worker : workers) {
			worker.join();
		}
		assertEquals(threads * each, set.size());
		assertEquals(threads * each, events.size());
		Set<String> ids = new HashSet<>();
		set.annotations().forEach(a -> ids.add(a.id()));
		assertEquals(threads * each, ids.size());
	}

	@Test
	void theListInTextOrderFollowsEveryAddChangeAndRemove() {
		java.util.Random random = new java.util.Random(11);
		AnnotationSet set = new AnnotationSet("ana", "doc", "");
		List<String> ids = new ArrayList<>();
		java.util.Map<String, Annotation> truth = new java.util.HashMap<>();
		for (int step = 0; step < 2_000; step++) {
			set.annotations(); // the list kept in step, as the views keep asking for it between edits
			int start = random.nextInt(TEXT.length() - 40);
			Annotation made = Annotation.of(ids.isEmpty() || random.nextInt(3) > 0 ? set.newId()
					: ids.get(random.nextInt(ids.size())), random.nextBoolean() ? "claim" : "quote",
					List.of(Span.of(TEXT, start, start + 1 + random.nextInt(30))), "ana", NOW);
			switch (random.nextInt(4)) {
			case 0, 1 -> {
				if (set.annotation(made.id()).isPresent()) {
					set.update(made);
				} else {
					set.add(made);
					ids.add(made.id());
				}
				truth.put(made.id(), made);
			}
			case 2 -> {
				if (!ids.isEmpty()) {
					String id = ids.remove(random.nextInt(ids.size()));
					set.remove(id);
					truth.remove(id);
				}
			}
			default -> set.addRelation(new Relation(set.newId(), "said-by", made.id(), made.id()));
			}
			List<Annotation> expected = new ArrayList<>(truth.values());
			expected.sort(AnnotationSet.ORDER);
			assertEquals(ids.size(), set.size());
			assertEquals(expected, set.annotations(), "after step " + step);
		}
	}
}

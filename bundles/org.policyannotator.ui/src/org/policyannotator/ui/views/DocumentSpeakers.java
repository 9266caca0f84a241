package org.policyannotator.ui.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.Relation;
import org.policyannotator.model.speakers.QuoteSpeakers;
import org.policyannotator.model.speakers.SpeakerPersons;
import org.policyannotator.model.speakers.SpeakerPersons.Person;

/**
 * Who speaks in each annotation of a document shown in the Annotations view, as a person of the corpus: the names of
 * the whole corpus (once they are read) and of the sets shown decide which names are one person.
 */
final class DocumentSpeakers {
	/** The annotations and links of one annotator's set of the document. */
	record Shown(String annotator, List<Annotation> annotations, List<Relation> relations) {
	}

	private Set<String> corpusNames = Set.of();
	/** The registry of the corpus's names alone, made once per corpus and shared by all its documents. */
	private SpeakerPersons corpusRegistry;
	private Map<String, Person> byAnnotation = Map.of();
	private Set<String> registered = Set.of();
	private SpeakerPersons registry = new SpeakerPersons(Set.of());

	/** The speaker names of the whole corpus (the sets on disk). */
	void setCorpusNames(Set<String> names) {
		if (!names.equals(corpusNames)) {
			corpusNames = Set.copyOf(names);
			corpusRegistry = null;
		}
	}

	/**
	 * The speaker names of the whole corpus (a set nobody changes any more) and their registry, made from exactly
	 * these names away from the display thread.
	 */
	void setCorpus(Set<String> names, SpeakerPersons persons) {
		corpusNames = java.util.Collections.unmodifiableSet(names);
		corpusRegistry = persons;
	}

	/**
	 * Works out who speaks in each annotation of the sets.
	 *
	 * @return whether that changed
	 */
	boolean update(List<Shown> sets) {
		Map<String, String> names = new HashMap<>();
		for (Shown set : sets) {
			QuoteSpeakers.of(set.annotations(), set.relations())
					.forEach((id, name) -> names.put(key(set.annotator(), id), name));
		}
		SpeakerPersons persons = registryFor(names.values());
		Map<String, Person> byKey = new HashMap<>();
		names.forEach((key, name) -> byKey.put(key, persons.person(name)));
		boolean changed = !byKey.equals(byAnnotation);
		byAnnotation = byKey;
		return changed;
	}

	/**
	 * The registry that groups the corpus's names and {@code shown}: the corpus's own when it has them all (the saved
	 * sets' names are the corpus's), else one made for both, kept while the names stay the same.
	 */
	private SpeakerPersons registryFor(Collection<String> shown) {
		if (!corpusNames.isEmpty() && corpusNames.containsAll(shown)) {
			if (corpusRegistry == null) {
				corpusRegistry = new SpeakerPersons(corpusNames);
			}
			return corpusRegistry;
		}
		Set<String> all = new HashSet<>(corpusNames);
		all.addAll(shown);
		if (!all.equals(registered)) { // most edits change no name: the registry is made again only when one does
			registry = new SpeakerPersons(all);
			registered = all;
		}
		return registry;
	}

	/** The person who speaks in an annotation (a speaker's own, a quote's linked speaker's). */
	Optional<Person> of(Annotation annotation) {
		return Optional.ofNullable(byAnnotation.get(key(annotation.annotator(), annotation.id())));
	}

	/** The persons who speak in the document, by name. */
	List<Person> persons() {
		List<Person> sorted = new ArrayList<>(new HashSet<>(byAnnotation.values()));
		sorted.sort(Comparator.comparing(Person::name).thenComparing(Person::id));
		return sorted;
	}

	/**
	 * The ids of the persons among {@code choices} that {@code typed} names: one whose name it is, or another name of
	 * the same person ("President Xi" for Xi Jinping), else every person whose name contains it (ignoring case), so
	 * that a list narrows as the user types; none when nobody matches.
	 */
	static Set<String> named(List<Person> choices, String typed) {
		Optional<Person> named = choices.stream().filter(p -> p.name().equalsIgnoreCase(typed)).findFirst();
		if (named.isEmpty()) {
			List<String> known = new ArrayList<>(choices.stream().map(Person::name).toList());
			known.add(typed);
			SpeakerPersons names = new SpeakerPersons(known);
			named = choices.stream().filter(p -> names.samePerson(typed, p.name())).findFirst();
		}
		if (named.isPresent()) {
			return Set.of(named.get().id());
		}
		String part = typed.toLowerCase(java.util.Locale.ROOT);
		return choices.stream().filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains(part))
				.map(Person::id).collect(java.util.stream.Collectors.toSet());
	}

	private static String key(String annotator, String id) {
		return annotator + "\u0000" + id;
	}
}

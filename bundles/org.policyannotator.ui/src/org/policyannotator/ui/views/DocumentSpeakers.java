package org.policyannotator.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
	private Map<String, Person> byAnnotation = Map.of();
	private Set<String> registered = Set.of();
	private SpeakerPersons registry = new SpeakerPersons(Set.of());

	/** The speaker names of the whole corpus (the sets on disk). */
	void setCorpusNames(Set<String> names) {
		corpusNames = Set.copyOf(names);
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
		Set<String> all = new TreeSet<>(corpusNames);
		all.addAll(names.values());
		if (!all.equals(registered)) { // most edits change no name: the registry is made again only when one does
			registry = new SpeakerPersons(all);
			registered = all;
		}
		Map<String, Person> persons = new HashMap<>();
		names.forEach((key, name) -> persons.put(key, registry.person(name)));
		boolean changed = !persons.equals(byAnnotation);
		byAnnotation = persons;
		return changed;
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

	private static String key(String annotator, String id) {
		return annotator + "\u0000" + id;
	}
}

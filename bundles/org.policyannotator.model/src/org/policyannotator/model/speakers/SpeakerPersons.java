package org.policyannotator.model.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The speaker registry of a corpus: which speaker names are one person. "Xi", "Xi Jinping", "President Xi" and
 * "Chinese President Xi Jinping" are one person when the corpus names him so. A name is compared by its words after
 * its last title ("Chinese President", "Foreign Ministry spokesperson", "Mr."), ignoring case, possessives and
 * punctuation; a name of two or more words is the person of every longer name containing all its words, and a
 * one-word name ("Xi") is the person of the only group that contains the word; when several do ("Lee" beside
 * Lee Jae-myung and Lee Hsien Loong) it stays a person of its own. Each person has a stable id made of its fullest
 * name's words ({@code xi-jinping}) and that name as written, without the title ("Xi Jinping").
 */
public final class SpeakerPersons {
	private static final Set<String> TITLES = Set.of("president", "vice-president", "premier", "minister",
			"chancellor", "secretary", "secretary-general", "spokesperson", "spokesman", "spokeswoman", "ambassador",
			"governor", "mayor", "senator", "congressman", "congresswoman", "king", "queen", "prince", "princess", "mr",
			"mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "chairman", "chairwoman", "chair", "envoy",
			"director", "director-general", "ceo", "commissioner", "councilor", "councillor", "state", "general",
			"lawmaker", "official", "economist", "analyst", "researcher", "leader", "pope");
	private static final Set<String> FILLERS = Set.of("the", "of");
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
	private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]+");
	private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’«»„]+|[\\p{Punct}“”‘’«»„]+$");

	private final Map<String, String> personOfKey = new HashMap<>();
	private final Map<String, String> nameOfPerson = new HashMap<>();
	/** The persons of the names asked for so far: views ask for the same thousands of names after each edit. */
	private final Map<String, Person> personOfName = new java.util.concurrent.ConcurrentHashMap<>();

	/** One person: its id (e.g. {@code xi-jinping}) and its fullest name without title (e.g. "Xi Jinping"). */
	public record Person(String id, String name) {
	}

	/** The registry of the given speaker names (as written; repeats and blanks allowed). */
	public SpeakerPersons(Collection<String> names) {
		Map<String, String> writtenOfKey = new HashMap<>();
		// a corpus names the same people thousands of times: each distinct name is looked at once
		for (String name : names instanceof Set<String> distinct ? distinct : new HashSet<>(names)) {
			String key = key(name);
			if (!key.isEmpty()) {
				writtenOfKey.merge(key, written(name), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
		group(writtenOfKey);
	}

	/** The person a name belongs to (a name the registry has not seen is a person of its own). */
	public Person person(String name) {
		return personOfName.computeIfAbsent(name, this::personOf);
	}

	private Person personOf(String name) {
		String key = key(name);
		String person = personOfKey.getOrDefault(key, key);
		String display = nameOfPerson.get(person);
		return new Person(person.replace(' ', '-'), display == null ? written(name) : display);
	}

	/** Whether two names are one person (a blank name is nobody). */
	public boolean samePerson(String a, String b) {
		return !key(a).isEmpty() && !key(b).isEmpty() && person(a).id().equals(person(b).id());
	}

	/**
	 * The comparison key of a name: its lower-cased words after its last title, without possessives, punctuation,
	 * "the" and "of", hyphenated words as their parts ("Lee Jae-myung" is "Lee Jae Myung"), each once, joined by single
	 * spaces; empty when nothing is left.
	 */
	public static String key(String name) {
		List<String> words = new ArrayList<>();
		for (String w : words(name)) {
			for (String part : HYPHENS.split(w.toLowerCase(Locale.ROOT))) { // Jae-myung is Jae Myung
				if (!part.isEmpty() && !FILLERS.contains(part) && !words.contains(part)) {
					words.add(part);
				}
			}
		}
		return String.join(" ", words);
	}

	/** The words of a name after its last title (a title as last word stays: "the President"). */
	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		for (String raw : SPACES.split(name.strip())) {
			String w = EDGE_PUNCTUATION.matcher(POSSESSIVE.matcher(raw).replaceAll("")).replaceAll("");
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		for (int i = words.size() - 2; i >= 0; i--) {
			if (TITLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
				return words.subList(i + 1, words.size());
			}
		}
		return words;
	}

	private static String written(String name) {
		return String.join(" ", words(name));
	}

	private void group(Map<String, String> writtenOfKey) {
		Map<String, List<String>> wordsOf = new HashMap<>();
		writtenOfKey.keySet().forEach(k -> wordsOf.put(k, List.of(k.split(" "))));
		List<String> keys = new ArrayList<>(writtenOfKey.keySet());
		keys.sort(Comparator.comparingInt((String k) -> wordsOf.get(k).size()).reversed().thenComparing(k -> k));
		Map<String, String> parent = new HashMap<>();
		Map<String, List<String>> byWord = new HashMap<>();
		for (String k : keys) {
			parent.put(k, k);
			wordsOf.get(k).forEach(w -> byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k));
		}
		for (String k : keys) { // a name of two or more words joins every longer name that contains its words
			List<String> wk = wordsOf.get(k);
			if (wk.size() >= 2) {
				// the names holding its rarest word are the only candidates
				List<String> candidates = wk.stream().map(byWord::get).min(Comparator.comparingInt(List::size)).get();
				for (String o : candidates) {
					if (wordsOf.get(o).containsAll(wk)) {
						union(parent, o, k);
					}
				}
			}
		}
		for (String k : keys) { // a one-word name joins the only group that holds its word
			if (wordsOf.get(k).size() == 1) {
				Set<String> groups = new LinkedHashSet<>();
				for (String o : byWord.get(k)) {
					if (!o.equals(k) && groups.add(find(parent, o)) && groups.size() > 1) {
						break;
					}
				}
				if (groups.size() == 1) {
					union(parent, groups.iterator().next(), k);
				}
			}
		}
		Map<String, String> fullest = new HashMap<>(); // keys are sorted longest first: the first of a group
		for (String k : keys) {
			fullest.putIfAbsent(find(parent, k), k);
		}
		for (String k : keys) {
			String id = fullest.get(find(parent, k));
			personOfKey.put(k, id);
			nameOfPerson.put(id, writtenOfKey.get(id));
		}
	}

	private static void union(Map<String, String> parent, String a, String b) {
		String ra = find(parent, a);
		String rb = find(parent, b);
		if (!ra.equals(rb)) {
			parent.put(rb, ra);
		}
	}

	private static String find(Map<String, String> parent, String k) {
		String root = k;
		while (!parent.get(root).equals(root)) {
			root = parent.get(root);
		}
		parent.put(k, root);
		return root;
	}
}

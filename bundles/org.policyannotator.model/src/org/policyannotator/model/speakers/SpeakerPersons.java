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
		this(names, LISTED_WORDS);
	}

	/** As {@link #SpeakerPersons(Collection)}; names of more than {@code listedWords} words are matched the slow way. */
	SpeakerPersons(Collection<String> names, int listedWords) {
		Map<String, String> writtenOfKey = new HashMap<>();
		// a corpus names the same people thousands of times: each distinct name is looked at once
		for (String name : names instanceof Set<String> distinct ? distinct : new HashSet<>(names)) {
			String key = key(name);
			if (!key.isEmpty()) {
				writtenOfKey.merge(key, written(name), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
		group(writtenOfKey, listedWords);
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

	private void group(Map<String, String> writtenOfKey, int listedWords) {
		Map<String, List<String>> wordsOf = new HashMap<>();
		writtenOfKey.keySet().forEach(k -> wordsOf.put(k, List.of(k.split(" "))));
		List<String> keys = new ArrayList<>(writtenOfKey.keySet());
		keys.sort(Comparator.comparingInt((String k) -> wordsOf.get(k).size()).reversed().thenComparing(k -> k));
		Groups groups = new Groups();
		Map<String, List<String>> byWord = new HashMap<>();
		for (String k : keys) {
			groups.add(k);
			wordsOf.get(k).forEach(w -> byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k));
		}
		joinNamesContainedInLongerNames(keys, wordsOf, groups, listedWords);
		for (String k : keys) { // a one-word name joins the only group that holds its word
			if (wordsOf.get(k).size() == 1) {
				Set<String> holding = new LinkedHashSet<>();
				for (String o : byWord.get(k)) {
					if (!o.equals(k) && holding.add(groups.find(o)) && holding.size() > 1) {
						break;
					}
				}
				if (holding.size() == 1) {
					groups.union(holding.iterator().next(), k);
				}
			}
		}
		Map<String, String> fullest = new HashMap<>(); // keys are sorted longest first: the first of a group
		for (String k : keys) {
			fullest.putIfAbsent(groups.find(k), k);
		}
		for (String k : keys) {
			String id = fullest.get(groups.find(k));
			personOfKey.put(k, id);
			nameOfPerson.put(id, writtenOfKey.get(id));
		}
	}

	/** Names of up to this many words find the names they contain by listing their word sets (2^n of them). */
	private static final int LISTED_WORDS = 10;

	/**
	 * A name of two or more words joins every name that contains all its words. Each name lists the sets of two or
	 * more of its words and looks them up among the names' word sets: linear in the names (a name has few words),
	 * where testing each name against the names sharing its rarest word was quadratic when the words are common
	 * (thousands of names with "Kim", or spans of ordinary words tagged as speakers). The rare names of more words
	 * are found the old way.
	 */
	private static void joinNamesContainedInLongerNames(List<String> keys, Map<String, List<String>> wordsOf,
			Groups groups, int listedWords) {
		Map<String, List<String>> namesOfWordSet = new HashMap<>();
		for (String k : keys) {
			if (wordsOf.get(k).size() >= 2) {
				namesOfWordSet.computeIfAbsent(wordSet(wordsOf.get(k)), x -> new ArrayList<>()).add(k);
			}
		}
		List<String> manyWords = new ArrayList<>();
		for (String o : keys) {
			List<String> words = wordsOf.get(o);
			if (words.size() < 2) {
				continue;
			}
			if (words.size() > listedWords) {
				manyWords.add(o);
				continue;
			}
			List<String> sorted = words.stream().sorted().toList();
			for (int mask = 3; mask < 1 << sorted.size(); mask++) {
				if (Integer.bitCount(mask) < 2) {
					continue;
				}
				StringBuilder set = new StringBuilder();
				for (int i = 0; i < sorted.size(); i++) {
					if ((mask >>> i & 1) != 0) {
						set.append(set.isEmpty() ? "" : " ").append(sorted.get(i));
					}
				}
				for (String k : namesOfWordSet.getOrDefault(set.toString(), List.of())) {
					groups.union(o, k);
				}
			}
		}
		if (manyWords.isEmpty()) {
			return;
		}
		Map<String, List<String>> manyByWord = new HashMap<>();
		manyWords.forEach(o -> wordsOf.get(o).forEach(w -> manyByWord.computeIfAbsent(w, x -> new ArrayList<>()).add(o)));
		for (String k : keys) {
			List<String> wk = wordsOf.get(k);
			if (wk.size() >= 2) {
				// among the names of many words, those holding its rarest word are the only candidates
				List<String> candidates = wk.stream().map(w -> manyByWord.getOrDefault(w, List.of()))
						.min(Comparator.comparingInt(List::size)).get();
				for (String o : candidates) {
					if (wordsOf.get(o).containsAll(wk)) {
						groups.union(o, k);
					}
				}
			}
		}
	}

	/** The words as a set: sorted, joined by single spaces. */
	private static String wordSet(List<String> words) {
		return String.join(" ", words.stream().sorted().toList());
	}

	/** Names joined into groups (union-find with path compression and union by size: near-linear in the joins). */
	private static final class Groups {
		private final Map<String, String> parent = new HashMap<>();
		private final Map<String, Integer> size = new HashMap<>();

		void add(String k) {
			parent.put(k, k);
			size.put(k, 1);
		}

		void union(String a, String b) {
			String ra = find(a);
			String rb = find(b);
			if (ra.equals(rb)) {
				return;
			}
			if (size.get(ra) < size.get(rb)) {
				String t = ra;
				ra = rb;
				rb = t;
			}
			parent.put(rb, ra);
			size.put(ra, size.get(ra) + size.get(rb));
		}

		String find(String k) {
			String root = k;
			while (!parent.get(root).equals(root)) {
				root = parent.get(root);
			}
			for (String at = k; !at.equals(root);) {
				String next = parent.get(at);
				parent.put(at, root);
				at = next;
			}
			return root;
		}
	}
}

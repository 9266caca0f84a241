package org.policyannotator.suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyannotator.model.AttributeValue;

/**
 * The speaker registry of a corpus: the names of speakers seen so far, so that a mention of one person gets the same
 * {@code name} in every document (Xi in one article, Xi Jinping in another: both named Xi Jinping), and "all quotes
 * of Xi Jinping" can be found by that attribute in the table, the search and the exports. A name takes the longest
 * known name that contains all its words, when there is exactly one.
 */
public final class SpeakerNames {
	private final Set<String> known = new LinkedHashSet<>();

	/** Remembers a speaker's name. */
	public synchronized void add(String name) {
		if (!name.isBlank() && Character.isUpperCase(name.charAt(0))) {
			known.add(name.strip());
		}
	}

	/** The registered name for {@code name}: the one longer known name containing all its words, else itself. */
	public synchronized String canonical(String name) {
		List<String> words = words(name);
		List<String> fuller = new ArrayList<>();
		for (String k : known) {
			List<String> kw = words(k);
			if (kw.size() > words.size() && kw.containsAll(words)) {
				fuller.add(k);
			}
		}
		return fuller.size() == 1 ? fuller.get(0) : name;
	}

	/** The suggestions with each speaker's {@code name} made canonical; the names are remembered. */
	public List<Suggestion> apply(List<Suggestion> suggestions) {
		for (Suggestion s : suggestions) {
			if (s.type().equals("speaker") && s.attributes().get("name") != null) {
				add(s.attributes().get("name").display());
			}
		}
		List<Suggestion> result = new ArrayList<>();
		for (Suggestion s : suggestions) {
			AttributeValue name = s.type().equals("speaker") ? s.attributes().get("name") : null;
			String canonical = name == null ? null : canonical(name.display());
			result.add(name == null || canonical.equals(name.display()) ? s
					: s.withAttribute("name", new AttributeValue.Text(canonical)));
		}
		return result;
	}

	private static List<String> words(String name) {
		return List.of(name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
	}
}

package org.policyannotator.suggest;

import java.util.List;
import java.util.Optional;

/** Helpers: run the built-in suggesters on a text and pick what they found. */
final class Found {
	final String text;
	final List<Suggestion> all;

	private Found(String text) {
		this.text = text;
		this.all = SuggestionRun.run(text, Suggesters.builtIn(), List.of());
	}

	static Found in(String text) {
		return new Found(text);
	}

	List<String> texts(String type) {
		return all.stream().filter(s -> s.type().equals(type)).map(s -> s.quote(text)).toList();
	}

	Suggestion one(String type, String quote) {
		return all.stream().filter(s -> s.type().equals(type) && s.quote(text).equals(quote)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type + " '" + quote + "' in " + texts(type)));
	}

	String attribute(Suggestion s, String name) {
		return Optional.ofNullable(s.attributes().get(name)).map(v -> v.display()).orElse("");
	}

	/** The name of the speaker a quote is linked to, or "" when it has none. */
	String speakerOf(String quote) {
		Suggestion q = one("quote", quote);
		return q.links().stream().filter(l -> l.relationType().equals("said-by")).findFirst()
				.flatMap(l -> all.stream().filter(s -> s.key().equals(l.targetKey())).findFirst())
				.map(s -> attribute(s, "name")).orElse("");
	}
}

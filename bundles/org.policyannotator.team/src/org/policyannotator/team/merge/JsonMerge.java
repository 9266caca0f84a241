package org.policyannotator.team.merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Three-way merge of the corpus's small JSON files ({@code schema.json}, {@code corpus.json}) by key rather than by
 * line: objects merge field by field, lists of objects that carry an {@code id} (tag types, relation types) or a
 * {@code name} (attributes) merge item by item, anything else is one value. Added on one side: kept; deleted on one
 * side and unchanged on the other: deleted; changed on both sides differently: a conflict that keeps our value.
 * Our order is kept, their additions follow; the layout is the corpus's (tab indentation, LF).
 */
public final class JsonMerge {
	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final List<String> ITEM_KEYS = List.of("id", "name", "key");

	/**
	 * The merged file.
	 *
	 * @param bytes     the merged JSON, with our values where the sides conflict
	 * @param conflicts where both sides changed differently, as JSON paths with what each side did
	 */
	public record Result(byte[] bytes, List<String> conflicts) {
		/** Copies the list. */
		public Result {
			conflicts = List.copyOf(conflicts);
		}

		/** Whether the merge needs nobody's decision. */
		public boolean clean() {
			return conflicts.isEmpty();
		}
	}

	private final List<String> conflicts = new ArrayList<>();

	private JsonMerge() {
	}

	/**
	 * Merges {@code ours} and {@code theirs}, which both started from {@code base}.
	 *
	 * @param base the common version, or {@code null} when both sides made the file independently
	 * @throws IOException when one of the versions is not JSON
	 */
	public static Result merge(byte[] base, byte[] ours, byte[] theirs) throws IOException {
		JsonNode o = base == null || base.length == 0 ? null : MAPPER.readTree(base);
		JsonNode a = MAPPER.readTree(ours);
		JsonNode b = MAPPER.readTree(theirs);
		JsonMerge merge = new JsonMerge();
		JsonNode merged = merge.value("$", o, a, b).orElse(a);
		return new Result(write(merged), merge.conflicts);
	}

	/** The merged value, or empty when it is deleted. */
	private Optional<JsonNode> value(String path, JsonNode o, JsonNode a, JsonNode b) {
		if (Objects.equals(a, b)) {
			return Optional.ofNullable(a);
		}
		if (Objects.equals(a, o)) {
			return Optional.ofNullable(b);
		}
		if (Objects.equals(b, o)) {
			return Optional.ofNullable(a);
		}
		if (a != null && b != null && a.isObject() && b.isObject()) {
			return Optional.of(object(path, o != null && o.isObject() ? o : null, a, b));
		}
		if (a != null && b != null && a.isArray() && b.isArray() && itemKey(a, b, o).isPresent()) {
			return Optional.of(items(path, itemKey(a, b, o).get(), o != null && o.isArray() ? o : null, a, b));
		}
		conflicts.add(path + ": " + (a == null ? "we deleted it, they changed it"
				: b == null ? "they deleted it, we changed it" : "both sides changed it, differently (ours "
						+ brief(a) + ", theirs " + brief(b) + ")"));
		return Optional.ofNullable(a == null ? b : a);
	}

	private ObjectNode object(String path, JsonNode o, JsonNode a, JsonNode b) {
		Set<String> names = new LinkedHashSet<>();
		a.fieldNames().forEachRemaining(names::add);
		b.fieldNames().forEachRemaining(names::add);
		if (o != null) {
			o.fieldNames().forEachRemaining(names::add);
		}
		ObjectNode merged = JsonNodeFactory.instance.objectNode();
		for (String name : names) {
			value(path + "." + name, o == null ? null : o.get(name), a.get(name), b.get(name))
					.ifPresent(v -> merged.set(name, v));
		}
		return merged;
	}

	private ArrayNode items(String path, String key, JsonNode o, JsonNode a, JsonNode b) {
		Map<String, JsonNode> base = byKey(o, key);
		Map<String, JsonNode> ours = byKey(a, key);
		Map<String, JsonNode> theirs = byKey(b, key);
		Set<String> ids = new LinkedHashSet<>(ours.keySet());
		ids.addAll(theirs.keySet());
		ids.addAll(base.keySet());
		ArrayNode merged = JsonNodeFactory.instance.arrayNode();
		for (String id : ids) {
			value(path + "[" + key + "=" + id + "]", base.get(id), ours.get(id), theirs.get(id)).ifPresent(merged::add);
		}
		return merged;
	}

	/** The field that identifies the items of these lists, when every item of all of them is an object with it. */
	private static Optional<String> itemKey(JsonNode a, JsonNode b, JsonNode o) {
		for (String key : ITEM_KEYS) {
			if (keyed(a, key) && keyed(b, key) && (o == null || !o.isArray() || keyed(o, key))) {
				return Optional.of(key);
			}
		}
		return Optional.empty();
	}

	private static boolean keyed(JsonNode list, String key) {
		Set<String> seen = new LinkedHashSet<>();
		for (JsonNode item : list) {
			if (!item.isObject() || !item.path(key).isTextual() || !seen.add(item.get(key).asText())) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, JsonNode> byKey(JsonNode list, String key) {
		Map<String, JsonNode> map = new LinkedHashMap<>();
		if (list != null && list.isArray()) {
			list.forEach(item -> map.put(item.path(key).asText(), item));
		}
		return map;
	}

	private static String brief(JsonNode value) {
		String text = value.toString();
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}

	private static byte[] write(JsonNode node) {
		DefaultIndenter indenter = new DefaultIndenter("\t", "\n");
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
				.withArrayIndenter(indenter);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
			g.setPrettyPrinter(printer);
			MAPPER.writeTree(g, node);
			g.writeRaw('\n');
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory cannot fail", e);
		}
		return out.toByteArray();
	}
}

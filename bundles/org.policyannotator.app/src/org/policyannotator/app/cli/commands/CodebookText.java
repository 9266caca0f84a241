package org.policyannotator.app.cli.commands;

import java.util.Map;

import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A codebook as an indented tree for the terminal, or as JSON, with usage counts (own and of the subtree). */
final class CodebookText {
	private CodebookText() {
	}

	static String tree(Schema schema, Map<String, Long> usage) {
		CodeTree tree = schema.tree();
		StringBuilder out = new StringBuilder();
		out.append(schema.name().isEmpty() ? "Codebook" : schema.name()).append(": ").append(schema.tagTypes().size())
				.append(" codes, ").append(tree.levels()).append(tree.levels() == 1 ? " level" : " levels")
				.append('\n');
		for (Map.Entry<TagType, Integer> e : tree.depthFirst()) {
			TagType type = e.getKey();
			out.append("  ".repeat(e.getValue())).append(type.numberedLabel()).append("  [").append(type.id());
			if (!type.key().isEmpty()) {
				out.append(", key ").append(type.key());
			}
			out.append(", ").append(type.colour()).append(type.code().inheritsColour() ? " inherited" : "")
					.append(']');
			if (!usage.isEmpty()) {
				long own = usage.getOrDefault(type.id(), 0L);
				long all = subtree(tree, type, usage);
				out.append("  ").append(own).append(all == own ? "" : " (" + all + " with subcodes)");
			}
			out.append('\n');
		}
		return out.toString();
	}

	static String json(Schema schema, Map<String, Long> usage) {
		ObjectMapper mapper = new ObjectMapper();
		CodeTree tree = schema.tree();
		ObjectNode root = mapper.createObjectNode().put("name", schema.name()).put("levels", tree.levels());
		ArrayNode codes = root.putArray("codes");
		for (Map.Entry<TagType, Integer> e : tree.depthFirst()) {
			TagType t = e.getKey();
			ObjectNode node = codes.addObject().put("id", t.id()).put("label", t.label()).put("code", t.code().number())
					.put("parent", t.parent()).put("level", e.getValue()).put("colour", t.colour())
					.put("colourInherited", t.code().inheritsColour()).put("key", t.key())
					.put("description", t.description()).put("inclusion", t.code().inclusion())
					.put("exclusion", t.code().exclusion());
			t.code().examples().forEach(node.putArray("examples")::add);
			node.put("annotations", usage.getOrDefault(t.id(), 0L)).put("annotationsWithSubcodes",
					subtree(tree, t, usage));
		}
		return root.toString();
	}

	private static long subtree(CodeTree tree, TagType type, Map<String, Long> usage) {
		long all = usage.getOrDefault(type.id(), 0L);
		for (TagType d : tree.descendants(type.id())) {
			all += usage.getOrDefault(d.id(), 0L);
		}
		return all;
	}
}

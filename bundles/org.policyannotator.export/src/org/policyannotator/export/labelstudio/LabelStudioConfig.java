package org.policyannotator.export.labelstudio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.schema.AttributeKind;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * The Label Studio labelling config that opens our Label Studio export: a {@code Text} named {@code text}, a
 * {@code Labels} named {@code label} with one {@code Label} per tag type (its colour), a per-region
 * {@code Choices} for each enum attribute and a per-region {@code TextArea} for every other attribute, and
 * {@code Relations} with the relation types. Paste it into the project's Settings > Labeling Interface > Code.
 */
public final class LabelStudioConfig {
	private LabelStudioConfig() {
	}

	/** The file written beside an export {@code tasks.json}: {@code tasks.label-config.xml}. */
	public static Path besides(Path export) {
		String name = export.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return export.resolveSibling(base + ".label-config.xml");
	}

	/** The config for {@code schema}. */
	public static String xml(Schema schema) {
		StringBuilder b = new StringBuilder("<View>\n");
		if (!schema.relationTypes().isEmpty()) {
			b.append("  <Relations>\n");
			for (RelationType relation : schema.relationTypes()) {
				b.append("    <Relation value=\"").append(escape(relation.id())).append("\"/>\n");
			}
			b.append("  </Relations>\n");
		}
		b.append("  <Labels name=\"label\" toName=\"text\">\n");
		for (TagType type : schema.tagTypes()) {
			b.append("    <Label value=\"").append(escape(type.id())).append("\" alias=\"").append(escape(type.label()))
					.append("\" background=\"").append(type.colour()).append("\"/>\n");
		}
		b.append("  </Labels>\n");
		b.append("  <Text name=\"text\" value=\"$text\"/>\n");
		for (Map.Entry<String, List<String>> attribute : attributes(schema).entrySet()) {
			String name = escape(attribute.getKey());
			if (attribute.getValue() == null) {
				b.append("  <TextArea name=\"").append(name).append("\" toName=\"text\" perRegion=\"true\" ")
						.append("editable=\"true\" maxSubmissions=\"1\"/>\n");
				continue;
			}
			b.append("  <Choices name=\"").append(name).append("\" toName=\"text\" perRegion=\"true\" ")
					.append("choice=\"single\">\n");
			for (String value : attribute.getValue()) {
				b.append("    <Choice value=\"").append(escape(value)).append("\"/>\n");
			}
			b.append("  </Choices>\n");
		}
		return b.append("</View>\n").toString();
	}

	/** Attribute ids, each with its choices (enum) or {@code null} (free text). */
	private static Map<String, List<String>> attributes(Schema schema) {
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		for (TagType type : schema.tagTypes()) {
			for (AttributeType attribute : type.attributes()) {
				boolean choice = attribute.kind() == AttributeKind.ENUM;
				if (!attributes.containsKey(attribute.id())) {
					attributes.put(attribute.id(), choice ? new ArrayList<>(attribute.allowedValues()) : null);
				} else if (attributes.get(attribute.id()) != null && choice) {
					attribute.allowedValues().stream().filter(v -> !attributes.get(attribute.id()).contains(v))
							.forEach(attributes.get(attribute.id())::add);
				}
			}
		}
		return attributes;
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}
}

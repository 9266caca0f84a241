package org.policyannotator.export.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyannotator.model.schema.AttributeKind;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** The brat {@code annotation.conf} of a schema: entities, relations and the attributes brat can show. */
final class BratConfig {
	private BratConfig() {
	}

	static String of(Schema schema) {
		StringBuilder b = new StringBuilder("# Written by Policy Annotator from the schema \"")
				.append(schema.name().replace('\n', ' ')).append("\"\n[entities]\n");
		for (TagType type : schema.tagTypes()) {
			b.append(type.id()).append('\n');
		}
		b.append("\n[relations]\n");
		for (RelationType relation : schema.relationTypes()) {
			b.append(relation.id()).append("\tArg1:").append(String.join("|", relation.fromTypes())).append(", Arg2:")
					.append(String.join("|", relation.toTypes())).append('\n');
		}
		b.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
		b.append("\n[events]\n\n[attributes]\n");
		Map<String, Set<String>> owners = new LinkedHashMap<>();
		Map<String, Set<String>> values = new LinkedHashMap<>();
		for (TagType type : schema.tagTypes()) {
			for (AttributeType attribute : type.attributes()) {
				if (attribute.kind() == AttributeKind.ENUM || attribute.kind() == AttributeKind.BOOLEAN) {
					owners.computeIfAbsent(attribute.id(), k -> new LinkedHashSet<>()).add(type.id());
					Set<String> v = values.computeIfAbsent(attribute.id(), k -> new LinkedHashSet<>());
					v.addAll(attribute.allowedValues());
				}
			}
		}
		for (Map.Entry<String, Set<String>> e : owners.entrySet()) {
			b.append(e.getKey()).append("\tArg:").append(String.join("|", e.getValue()));
			List<String> v = new ArrayList<>(values.get(e.getKey()));
			if (!v.isEmpty()) {
				b.append(", Value:").append(String.join("|", v));
			}
			b.append('\n');
		}
		b.append(BratWriter.SUGGESTED).append("\tArg:<ENTITY>\n");
		return b.toString();
	}
}

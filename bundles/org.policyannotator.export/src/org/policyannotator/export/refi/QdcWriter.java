package org.policyannotator.export.refi;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** Writes a schema's tag types as a REFI-QDA codebook, the hierarchy as nested codes. */
final class QdcWriter {
	private final XMLStreamWriter xml;
	private final CodeTree tree;
	private final String namespace;

	private QdcWriter(XMLStreamWriter xml, CodeTree tree, String namespace) {
		this.xml = xml;
		this.tree = tree;
		this.namespace = namespace;
	}

	/** Writes {@code <Codes>} with the schema's codes nested, at {@code depth} levels of indentation. */
	static void codes(XMLStreamWriter xml, Schema schema, String namespace, int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
		xml.writeStartElement(namespace, "Codes");
		QdcWriter writer = new QdcWriter(xml, schema.tree(), namespace);
		for (TagType root : writer.tree.roots()) {
			writer.code(root, depth + 1);
		}
		xml.writeCharacters("\n" + "  ".repeat(depth));
		xml.writeEndElement();
	}

	static byte[] write(Schema schema, String origin) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(QdcCodebook.NAMESPACE);
			xml.writeStartElement(QdcCodebook.NAMESPACE, "CodeBook");
			xml.writeDefaultNamespace(QdcCodebook.NAMESPACE);
			xml.writeAttribute("origin", origin);
			codes(xml, schema, QdcCodebook.NAMESPACE, 1);
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write the codebook as XML: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	private void code(TagType type, int depth) throws XMLStreamException {
		String indent = "\n" + "  ".repeat(depth);
		xml.writeCharacters(indent);
		xml.writeStartElement(namespace, "Code");
		xml.writeAttribute("guid", Guids.of(type.id()));
		xml.writeAttribute("name", type.label().isBlank() ? type.id() : type.label());
		xml.writeAttribute("isCodable", "true");
		xml.writeAttribute("color", type.colour().toUpperCase(java.util.Locale.ROOT));
		String description = CodeDescription.compose(type.description(), type.code().number(),
				type.code().inclusion(), type.code().exclusion(), type.code().examples());
		if (!description.isBlank()) {
			xml.writeCharacters(indent + "  ");
			xml.writeStartElement(namespace, "Description");
			xml.writeCharacters(description);
			xml.writeEndElement();
		}
		var children = tree.children(type.id());
		for (TagType child : children) {
			code(child, depth + 1);
		}
		if (!description.isBlank() || !children.isEmpty()) {
			xml.writeCharacters(indent);
		}
		xml.writeEndElement();
	}
}

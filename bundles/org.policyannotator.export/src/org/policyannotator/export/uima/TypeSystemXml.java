package org.policyannotator.export.uima;

import java.util.List;

/**
 * A UIMA type system descriptor ({@code TypeSystem.xml}, namespace {@code http://uima.apache.org/resourceSpecifier})
 * of the types {@link UimaTypes} builds, which UIMA's {@code XMLParser.parseTypeSystemDescription} and INCEpTION
 * read.
 */
public final class TypeSystemXml {
	/** The file name written beside the CAS files. */
	public static final String FILE = "TypeSystem.xml";

	private TypeSystemXml() {
	}

	/** The descriptor's text. */
	public static String of(List<UimaTypes.Type> types) {
		StringBuilder b = new StringBuilder();
		b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		b.append("<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\">\n");
		b.append("  <name>Policy Annotator</name>\n  <types>\n");
		for (UimaTypes.Type type : types) {
			b.append("    <typeDescription>\n");
			element(b, "      ", "name", type.name());
			element(b, "      ", "description", type.description());
			element(b, "      ", "supertypeName", "uima.tcas.Annotation");
			b.append("      <features>\n");
			for (UimaTypes.Feature feature : type.features()) {
				b.append("        <featureDescription>\n");
				element(b, "          ", "name", feature.name());
				element(b, "          ", "description", feature.description());
				element(b, "          ", "rangeTypeName", feature.range());
				b.append("        </featureDescription>\n");
			}
			b.append("      </features>\n    </typeDescription>\n");
		}
		b.append("  </types>\n</typeSystemDescription>\n");
		return b.toString();
	}

	private static void element(StringBuilder b, String indent, String name, String text) {
		b.append(indent).append('<').append(name).append('>').append(escape(text)).append("</").append(name)
				.append(">\n");
	}

	private static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					b.appendCodePoint(c);
				}
			}
			}
		});
		return b.toString();
	}
}

package org.policyannotator.export.refi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;

/**
 * Writes the {@code <TextSource>} of each document with one {@code <PlainTextSelection>} per span of each
 * annotation (code point positions, end exclusive, as the standard's examples count), its {@code <Coding>} by the
 * annotator, and a {@code <Note>} memo per annotation note, referred to from its selections.
 */
final class SelectionXml {
	private static final int NAME_LENGTH = 80;

	private final XMLStreamWriter sources;
	private final XMLStreamWriter notes;
	private final java.util.SortedSet<String> variables = new java.util.TreeSet<>();
	private int noteCount;

	SelectionXml(XMLStreamWriter sources, XMLStreamWriter notes) {
		this.sources = sources;
		this.notes = notes;
	}

	void source(DocumentEntry entry, String guid, Set<String> annotators) throws XMLStreamException {
		Document document = entry.document();
		CodePoints positions = new CodePoints(document.text());
		sources.writeCharacters("\n    ");
		sources.writeStartElement(RefiProjectWriter.NS, "TextSource");
		sources.writeAttribute("guid", guid);
		sources.writeAttribute("name", document.id());
		sources.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
		if (!document.title().isBlank()) {
			sources.writeCharacters("\n      ");
			sources.writeStartElement(RefiProjectWriter.NS, "Description");
			sources.writeCharacters(document.title());
			sources.writeEndElement();
		}
		for (AnnotatorEntry set : entry.annotators()) {
			annotators.add(set.annotator());
			String user = Guids.named("user", set.annotator());
			List<Piece> pieces = new ArrayList<>();
			for (Annotation annotation : set.annotations()) {
				String key = set.annotator() + ":" + document.id() + ":" + annotation.id();
				String first = null;
				for (int i = 0; i < annotation.spans().size(); i++) {
					String coding = annotation.spans().size() == 1 && Guids.isGuid(annotation.id())
							? Guids.normal(annotation.id()) : Guids.named("coding", key + ":" + i);
					first = first == null ? coding : first;
					String note = annotation.note().isBlank() ? null : Guids.named("note", first);
					if (i == 0 && note != null) {
						note(note, user, annotation);
					}
					pieces.add(new Piece(annotation, annotation.spans().get(i), coding, note));
				}
			}
			pieces.sort(Piece.ORDER);
			for (Piece piece : pieces) {
				selection(piece.annotation(), piece.span(), piece.coding(), user, piece.note(), positions);
			}
		}
		documentCodings(entry, annotators);
		for (var variable : document.variables().entrySet()) {
			variables.add(variable.getKey());
			sources.writeCharacters("\n      ");
			sources.writeStartElement(RefiProjectWriter.NS, "VariableValue");
			sources.writeEmptyElement(RefiProjectWriter.NS, "VariableRef");
			sources.writeAttribute("targetGUID", Guids.named("variable", variable.getKey()));
			sources.writeStartElement(RefiProjectWriter.NS, "TextValue");
			sources.writeCharacters(variable.getValue());
			sources.writeEndElement();
			sources.writeEndElement();
		}
		sources.writeCharacters("\n    ");
		sources.writeEndElement();
	}

	/**
	 * The document-level codes as codings of the whole source ({@code <Coding>} children of the
	 * {@code <TextSource>}, which the standard allows), one per annotator and code, by that annotator's user.
	 */
	private void documentCodings(DocumentEntry entry, Set<String> annotators) throws XMLStreamException {
		for (var byAnnotator : entry.documentCodes().entrySet()) {
			annotators.add(byAnnotator.getKey());
			String user = Guids.named("user", byAnnotator.getKey());
			for (String code : byAnnotator.getValue()) {
				sources.writeCharacters("\n      ");
				sources.writeStartElement(RefiProjectWriter.NS, "Coding");
				sources.writeAttribute("guid", Guids.named("document-coding", byAnnotator.getKey() + ":"
						+ entry.document().id() + ":" + code));
				sources.writeAttribute("creatingUser", user);
				sources.writeEmptyElement(RefiProjectWriter.NS, "CodeRef");
				sources.writeAttribute("targetGUID", Guids.of(code));
				sources.writeEndElement();
			}
		}
	}

	/** The names of the document variables written so far. */
	java.util.SortedSet<String> variables() {
		return variables;
	}

	/**
	 * One span as a coded selection. The coding's guid is the annotation's id when that is a guid (an annotation that
	 * came from a REFI project keeps its coding's guid, so that the project's tool recognises it), else derived from
	 * the annotation; the selection's guid is derived from the coding's.
	 */
	private void selection(Annotation annotation, Span span, String coding, String user, String note,
			CodePoints positions) throws XMLStreamException {
		String guid = Guids.named("selection", coding);
		sources.writeCharacters("\n      ");
		sources.writeStartElement(RefiProjectWriter.NS, "PlainTextSelection");
		sources.writeAttribute("guid", guid);
		sources.writeAttribute("name", name(span.quote()));
		sources.writeAttribute("startPosition", Integer.toString(positions.of(span.start())));
		sources.writeAttribute("endPosition", Integer.toString(positions.of(span.end())));
		sources.writeAttribute("creatingUser", user);
		sources.writeAttribute("creationDateTime", time(annotation.created()));
		sources.writeAttribute("modifyingUser", user);
		sources.writeAttribute("modifiedDateTime", time(annotation.modified()));
		sources.writeCharacters("\n        ");
		sources.writeStartElement(RefiProjectWriter.NS, "Coding");
		sources.writeAttribute("guid", coding);
		sources.writeAttribute("creatingUser", user);
		sources.writeAttribute("creationDateTime", time(annotation.created()));
		sources.writeEmptyElement(RefiProjectWriter.NS, "CodeRef");
		sources.writeAttribute("targetGUID", Guids.of(annotation.type()));
		sources.writeEndElement();
		if (note != null) {
			sources.writeCharacters("\n        ");
			sources.writeEmptyElement(RefiProjectWriter.NS, "NoteRef");
			sources.writeAttribute("targetGUID", note);
		}
		sources.writeCharacters("\n      ");
		sources.writeEndElement();
	}

	private void note(String guid, String user, Annotation annotation) throws XMLStreamException {
		noteCount++;
		notes.writeCharacters("\n    ");
		notes.writeStartElement(RefiProjectWriter.NS, "Note");
		notes.writeAttribute("guid", guid);
		notes.writeAttribute("name", name(annotation.note()));
		notes.writeAttribute("creatingUser", user);
		notes.writeAttribute("creationDateTime", time(annotation.created()));
		notes.writeStartElement(RefiProjectWriter.NS, "PlainTextContent");
		notes.writeCharacters(annotation.note());
		notes.writeEndElement();
		notes.writeEndElement();
	}

	/** Flushes both fragments; the number of notes written. */
	int finish() throws XMLStreamException {
		sources.flush();
		notes.flush();
		return noteCount;
	}

	private static String name(String text) {
		String oneLine = text.strip().replaceAll("\\s+", " ");
		if (oneLine.codePointCount(0, oneLine.length()) <= NAME_LENGTH) {
			return oneLine;
		}
		return oneLine.substring(0, oneLine.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
	}

	private static String time(Instant instant) {
		return instant.toString();
	}

	/** UTF-16 offsets of one text as code point positions, fast where the text has no surrogate pairs. */
	static final class CodePoints {
		private final String text;
		private final boolean plain;

		CodePoints(String text) {
			this.text = text;
			this.plain = text.codePoints().count() == text.length();
		}

		int of(int utf16) {
			return plain ? utf16 : text.codePointCount(0, utf16);
		}
	}

	/** One span of an annotation as a coded selection; written in text order, so that the order is stable. */
	private record Piece(Annotation annotation, Span span, String coding, String note) {
		static final Comparator<Piece> ORDER = Comparator.<Piece> comparingInt(p -> p.span().start())
				.thenComparingInt(p -> p.span().end()).thenComparing(p -> p.annotation().type());
	}
}

package org.policyannotator.export.refi;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DatasetWriter;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportCancelledException;
import org.policyannotator.export.ExportProgress;

/**
 * A whole project in the REFI-QDA standard ({@code .qdpx}): a zip with {@code project.qde} (users = annotators, the
 * code book, document variables as text variables, one text source per document with its variable values and each
 * annotation's spans as coded selections in code points, notes as memos) and {@code Sources/<guid>.txt}, the
 * documents' texts. Documents are read one at a time; the selections and notes wait in temporary files until the
 * project file is written last.
 */
public final class RefiProjectWriter implements DatasetWriter {
	static final String NS = QdcCodebook.PROJECT_NAMESPACE;

	@Override
	public void write(DatasetSource source, OutputStream out, ExportProgress progress) throws IOException {
		Path sources = Files.createTempFile("policyannotator-refi-sources", ".xml");
		Path notes = Files.createTempFile("policyannotator-refi-notes", ".xml");
		try {
			ZipOutputStream zip = new ZipOutputStream(unclosed(out));
			Set<String> annotators = new TreeSet<>();
			Set<String> variables;
			int noteCount;
			try (OutputStream s = Files.newOutputStream(sources); OutputStream n = Files.newOutputStream(notes)) {
				SelectionXml selections = new SelectionXml(fragment(s), fragment(n));
				int done = 0;
				for (String id : source.documentIds()) {
					if (progress.isCancelled()) {
						throw new ExportCancelledException(done);
					}
					DocumentEntry entry = source.load(id);
					String guid = Guids.named("document", id);
					zip.putNextEntry(new ZipEntry("Sources/" + guid + ".txt"));
					zip.write(entry.document().text().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
					selections.source(entry, guid, annotators);
					progress.worked(++done, source.documentIds().size(), id);
				}
				noteCount = selections.finish();
				variables = selections.variables();
			}
			zip.putNextEntry(new ZipEntry("project.qde"));
			project(source, annotators, variables, sources, noteCount > 0 ? notes : null, zip);
			zip.closeEntry();
			zip.finish();
			zip.close();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the REFI-QDA project: " + e.getMessage(), e);
		} finally {
			Files.deleteIfExists(sources);
			Files.deleteIfExists(notes);
		}
	}

	/** {@code out} that closing only flushes (the caller owns it), writing arrays through in one call. */
	private static OutputStream unclosed(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}

	private static XMLStreamWriter fragment(OutputStream out) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.setDefaultNamespace(NS);
			return xml;
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static void project(DatasetSource source, Set<String> annotators, Set<String> variables, Path sources,
			Path notes, OutputStream zip) throws XMLStreamException, IOException {
		OutputStream out = unclosed(zip);
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.setDefaultNamespace(NS);
		xml.writeStartElement(NS, "Project");
		xml.writeDefaultNamespace(NS);
		xml.writeAttribute("name", source.name().isBlank() ? "Policy Annotator corpus" : source.name());
		xml.writeAttribute("origin", QdcCodebook.ORIGIN);
		if (!annotators.isEmpty()) {
			xml.writeCharacters("\n  ");
			xml.writeStartElement(NS, "Users");
			for (String annotator : annotators) {
				xml.writeCharacters("\n    ");
				xml.writeEmptyElement(NS, "User");
				xml.writeAttribute("guid", Guids.named("user", annotator));
				xml.writeAttribute("name", annotator);
			}
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
		}
		if (!source.schema().tagTypes().isEmpty()) {
			xml.writeCharacters("\n  ");
			xml.writeStartElement(NS, "CodeBook");
			QdcWriter.codes(xml, source.schema(), NS, 2);
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
		}
		if (!variables.isEmpty()) {
			xml.writeCharacters("\n  ");
			xml.writeStartElement(NS, "Variables");
			for (String variable : variables) {
				xml.writeCharacters("\n    ");
				xml.writeEmptyElement(NS, "Variable");
				xml.writeAttribute("guid", Guids.named("variable", variable));
				xml.writeAttribute("name", variable);
				xml.writeAttribute("typeOfVariable", "Text");
			}
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
		}
		if (Files.size(sources) > 0) {
			xml.writeCharacters("\n  ");
			xml.writeStartElement(NS, "Sources");
			splice(xml, out, sources);
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
		}
		if (notes != null) {
			xml.writeCharacters("\n  ");
			xml.writeStartElement(NS, "Notes");
			splice(xml, out, notes);
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
		}
		xml.writeCharacters("\n");
		xml.writeEndElement();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
		xml.close();
		out.flush();
	}

	/** Copies a fragment written by {@link SelectionXml} into the open element. */
	private static void splice(XMLStreamWriter xml, OutputStream out, Path fragment)
			throws XMLStreamException, IOException {
		xml.writeCharacters("");
		xml.flush();
		Files.copy(fragment, out);
	}
}

package org.policyannotator.export.refi;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.policyannotator.model.corpus.CorpusException;

/**
 * Reads the codes of a REFI-QDA codebook ({@code <CodeBook>} root) or project ({@code <Project>} root with a
 * {@code <CodeBook>}) with a streaming parser that refuses document type declarations (no entity can make it read
 * other files or expand without bound) and nesting deeper than {@link #MAX_DEPTH}.
 */
final class QdcReader {
	static final int MAX_DEPTH = 64;
	private static final Pattern GUID = Pattern.compile(
			"\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?");
	private static final Pattern RGB = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

	/** What the file holds: its top-level codes, the origin it names, and what is not kept. */
	record Read(List<RawCode> roots, String origin, int sets, int noteRefs, String namespace) {
	}

	private final Path file;
	private final XMLStreamReader xml;
	private final List<RawCode> roots = new ArrayList<>();
	private final Deque<RawCode> open = new ArrayDeque<>();
	private String origin = "";
	private String namespace = "";
	private int sets;
	private int noteRefs;
	private boolean inCodeBook;

	private QdcReader(Path file, XMLStreamReader xml) {
		this.file = file;
		this.xml = xml;
	}

	/** A parser that takes no document type declaration and no external entity. */
	static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	static Read read(byte[] bytes, Path file) throws CorpusException {
		try {
			XMLStreamReader xml = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
			try {
				return new QdcReader(file, xml).read();
			} finally {
				xml.close();
			}
		} catch (XMLStreamException e) {
			throw new CorpusException(file, "is not well-formed XML" + where(e) + ": " + problem(e), e);
		}
	}

	private Read read() throws XMLStreamException, CorpusException {
		boolean rootSeen = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw fail("has a document type declaration (<!DOCTYPE>), which REFI-QDA files do not use; "
						+ "refused so that it cannot make the reader fetch or expand anything");
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (!rootSeen) {
					root();
					rootSeen = true;
				} else {
					start();
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				end();
			}
		}
		if (!rootSeen) {
			throw fail("is empty: no REFI-QDA codebook in it");
		}
		return new Read(roots, origin, sets, noteRefs, namespace);
	}

	private void root() throws CorpusException {
		String name = xml.getLocalName();
		namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
		if (name.equals("CodeBook")) {
			inCodeBook = true;
			origin = attribute("origin");
		} else if (name.equals("Project")) {
			origin = attribute("origin");
		} else {
			throw fail("is not a REFI-QDA codebook: its root element is <" + name + ">, expected <CodeBook> (a .qdc "
					+ "file, namespace " + QdcCodebook.NAMESPACE + ") or <Project> (a .qde file)");
		}
	}

	private void start() throws XMLStreamException, CorpusException {
		String name = xml.getLocalName();
		if (name.equals("CodeBook")) {
			inCodeBook = true;
		} else if (inCodeBook && name.equals("Code")) {
			code();
		} else if (inCodeBook && name.equals("Description") && !open.isEmpty()) {
			open.peek().description = xml.getElementText().strip();
		} else if (inCodeBook && name.equals("NoteRef")) {
			noteRefs++;
		} else if (inCodeBook && name.equals("Set")) {
			sets++;
		}
	}

	private void end() {
		String name = xml.getLocalName();
		if (name.equals("CodeBook")) {
			inCodeBook = false;
		} else if (inCodeBook && name.equals("Code")) {
			open.pop();
		}
	}

	private void code() throws CorpusException {
		if (open.size() >= MAX_DEPTH) {
			throw fail("codes are nested more than " + MAX_DEPTH + " levels deep at line " + line());
		}
		String guid = attribute("guid");
		if (!GUID.matcher(guid).matches()) {
			throw fail("line " + line() + ": the code's guid \"" + guid + "\" is missing or not a GUID");
		}
		String name = attribute("name").strip();
		if (name.isEmpty()) {
			throw fail("line " + line() + ": the code " + guid + " has no name");
		}
		String colour = attribute("color").strip();
		if (!colour.isEmpty() && !RGB.matcher(colour).matches()) {
			throw fail("line " + line() + ": the colour \"" + colour + "\" of code \"" + name + "\" is not #rrggbb");
		}
		RawCode code = new RawCode(Guids.normal(guid), name, !"false".equals(attribute("isCodable").strip()),
				colour, line());
		(open.isEmpty() ? roots : open.peek().children).add(code);
		open.push(code);
	}

	private String attribute(String name) {
		String value = xml.getAttributeValue(null, name);
		return value == null ? "" : value;
	}

	private int line() {
		return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
	}

	private CorpusException fail(String problem) {
		return new CorpusException(file, problem);
	}

	static String where(XMLStreamException e) {
		return e.getLocation() == null ? ""
				: " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
	}

	static String problem(XMLStreamException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		int at = message.indexOf("Message: ");
		return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
	}
}

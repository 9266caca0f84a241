package org.policyannotator.export.refi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.policyannotator.model.corpus.CorpusException;

/**
 * The second reading of a project file (the first, {@link QdcReader}, took the code book and refused what must be
 * refused): users, text sources with their texts, the codings of their selections, and the notes they refer to.
 */
final class ProjectReader {
	private static final String INTERNAL = "internal://";

	private final XMLStreamReader xml;
	private final QdpxArchive archive;
	private final Instant now;
	private final Map<String, String> users = new HashMap<>();
	private final Map<String, String> notes = new HashMap<>();
	private final Map<String, String> variableNames = new HashMap<>();
	private final List<PendingSource> sources = new ArrayList<>();
	private final Map<String, Integer> skipped = new LinkedHashMap<>();
	private final Map<String, List<String>> examples = new LinkedHashMap<>();
	private String projectName = "";

	/** A source as read, its notes resolved once the whole file is read (notes come after sources). */
	private record PendingSource(String name, String title, String text, List<PendingSelection> selections,
			Map<String, String> valuesByVariable) {
	}

	private record PendingSelection(RefiProject.Selection selection, String description, List<String> noteRefs) {
	}

	/** A {@code <Coding>} of a selection: its guid, who made it when, and the code it refers to. */
	private static final class Coding {
		final String guid;
		final String user;
		final String time;
		String code = "";

		Coding(String guid, String user, String time) {
			this.guid = guid;
			this.user = user;
			this.time = time;
		}
	}

	private ProjectReader(XMLStreamReader xml, QdpxArchive archive, Instant now) {
		this.xml = xml;
		this.archive = archive;
		this.now = now;
	}

	static RefiProject read(byte[] project, QdpxArchive archive, QdcImport codebook, Instant now)
			throws CorpusException {
		try {
			XMLStreamReader xml = QdcReader.factory().createXMLStreamReader(new ByteArrayInputStream(project));
			try {
				ProjectReader reader = new ProjectReader(xml, archive, now);
				reader.document();
				return reader.result(codebook);
			} finally {
				xml.close();
			}
		} catch (XMLStreamException e) {
			throw new CorpusException(archive.file(),
					"is not well-formed XML" + QdcReader.where(e) + ": " + QdcReader.problem(e), e);
		}
	}

	private void document() throws XMLStreamException, CorpusException {
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (xml.getLocalName()) {
			case "Project" -> projectName = attribute("name");
			case "User" -> users.put(Guids.normal(attribute("guid")), attribute("name").strip());
			case "Variable" -> variableNames.put(Guids.normal(attribute("guid")), attribute("name").strip());
			case "TextSource" -> textSource();
			case "PictureSource", "PDFSource", "AudioSource", "VideoSource" -> {
				skip(xml.getLocalName().replace("Source", "").toLowerCase(java.util.Locale.ROOT) + " source(s)");
				skipElement();
			}
			case "Note" -> note();
			default -> {
				// users, code book (read before), cases, variables, sets, links, graphs: not kept
			}
			}
		}
	}

	/** What to do with one element directly inside the current one: read or skip it whole. */
	private interface Child {
		void element(String name) throws XMLStreamException, CorpusException;
	}

	/** Calls {@code child} for each element directly inside the current one, up to the current one's end. */
	private void children(Child child) throws XMLStreamException, CorpusException {
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				child.element(xml.getLocalName());
			}
		}
	}

	private void textSource() throws XMLStreamException, CorpusException {
		String name = attribute("name").strip();
		String path = attribute("plainTextPath").strip();
		String[] title = { "" };
		String[] inline = { null };
		List<PendingSelection> selections = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		children(element -> {
			switch (element) {
			case "Description" -> title[0] = xml.getElementText().strip();
			case "PlainTextContent" -> inline[0] = xml.getElementText();
			case "PlainTextSelection" -> selection(selections);
			case "VariableValue" -> variableValue(values);
			case "Coding" -> {
				skip("coding(s) of whole sources");
				skipElement();
			}
			default -> skipElement();
			}
		});
		Optional<String> text = inline[0] != null ? Optional.of(inline[0]) : text(path);
		if (text.isEmpty()) {
			skip("text source(s) whose text is not in the project");
			examples.computeIfAbsent("text source(s) whose text is not in the project", k -> new ArrayList<>())
					.add(name + " (" + (path.isEmpty() ? "no text" : path) + ")");
			return;
		}
		sources.add(new PendingSource(name, title[0].isEmpty() ? name : title[0], text.get(), selections, values));
	}

	/** A source's value of a variable: its reference and its value of any kind, as text. */
	private void variableValue(Map<String, String> into) throws XMLStreamException, CorpusException {
		String[] ref = { "" };
		String[] value = { "" };
		children(element -> {
			if (element.equals("VariableRef")) {
				ref[0] = Guids.normal(attribute("targetGUID"));
				skipElement();
			} else if (element.endsWith("Value")) {
				value[0] = xml.getElementText().strip();
			} else {
				skipElement();
			}
		});
		if (!ref[0].isEmpty() && !value[0].isEmpty()) {
			into.put(ref[0], value[0]);
		}
	}

	private Optional<String> text(String path) throws CorpusException {
		if (!path.regionMatches(true, 0, INTERNAL, 0, INTERNAL.length())) {
			return Optional.empty();
		}
		Optional<byte[]> bytes = archive.internal(path.substring(INTERNAL.length()));
		if (bytes.isEmpty()) {
			return Optional.empty();
		}
		String text = new String(bytes.get(), StandardCharsets.UTF_8);
		return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	private void selection(List<PendingSelection> into) throws XMLStreamException, CorpusException {
		int line = xml.getLocation().getLineNumber();
		int start = position("startPosition", line);
		int end = position("endPosition", line);
		if (end < start) {
			throw new CorpusException(archive.file(), "project.qde line " + line + ": the selection ends ("
					+ end + ") before it starts (" + start + ")");
		}
		String creator = attribute("creatingUser");
		Instant created = time(attribute("creationDateTime"), now);
		Instant modified = time(attribute("modifiedDateTime"), created);
		String[] description = { "" };
		List<String> noteRefs = new ArrayList<>();
		List<Coding> codings = new ArrayList<>();
		children(element -> {
			switch (element) {
			case "Description" -> description[0] = xml.getElementText().strip();
			case "NoteRef" -> {
				noteRefs.add(Guids.normal(attribute("targetGUID")));
				skipElement();
			}
			case "Coding" -> {
				Coding coding = new Coding(attribute("guid"), attribute("creatingUser"), attribute("creationDateTime"));
				children(inner -> {
					if (inner.equals("CodeRef")) {
						coding.code = attribute("targetGUID");
					}
					skipElement();
				});
				codings.add(coding);
			}
			default -> skipElement();
			}
		});
		if (codings.isEmpty()) {
			skip("selection(s) without a code");
		}
		for (Coding coding : codings) {
			String user = users.getOrDefault(Guids.normal(coding.user.isEmpty() ? creator : coding.user), "");
			Instant codedAt = time(coding.time, created);
			into.add(new PendingSelection(new RefiProject.Selection(Guids.normal(coding.guid), start, end,
					Guids.normal(coding.code), user, codedAt, modified.isBefore(codedAt) ? codedAt : modified, "", line),
					description[0], noteRefs));
		}
	}

	private void note() throws XMLStreamException, CorpusException {
		String guid = Guids.normal(attribute("guid"));
		String path = attribute("plainTextPath").strip();
		String[] text = { null };
		children(element -> {
			if (element.equals("PlainTextContent")) {
				text[0] = xml.getElementText();
			} else {
				skipElement();
			}
		});
		notes.put(guid, (text[0] != null ? text[0] : text(path).orElse("")).strip());
	}

	private RefiProject result(QdcImport codebook) {
		List<RefiProject.Source> done = new ArrayList<>();
		for (PendingSource source : sources) {
			List<RefiProject.Selection> selections = new ArrayList<>();
			for (PendingSelection pending : source.selections()) {
				List<String> parts = new ArrayList<>();
				if (!pending.description().isEmpty()) {
					parts.add(pending.description());
				}
				for (String ref : pending.noteRefs()) {
					String note = notes.get(ref);
					if (note != null && !note.isEmpty() && !parts.contains(note)) {
						parts.add(note);
					}
				}
				RefiProject.Selection s = pending.selection();
				selections.add(new RefiProject.Selection(s.id(), s.start(), s.end(), s.code(), s.user(), s.created(),
						s.modified(), String.join("\n\n", parts), s.line()));
			}
			Map<String, String> variables = new LinkedHashMap<>();
			source.valuesByVariable().forEach((guid, value) -> variables
					.put(VariableNames.of(variableNames.getOrDefault(guid, guid)), value.replaceAll("\\s+", " ")));
			done.add(new RefiProject.Source(source.name(), source.title(), source.text(), selections, variables));
		}
		List<String> messages = new ArrayList<>(codebook.notes());
		skipped.forEach((what, count) -> messages.add(count + " " + what + " not taken over"
				+ (examples.containsKey(what) ? ": " + String.join(", ", examples.get(what)) : "")));
		return new RefiProject(projectName, codebook, done, messages);
	}

	private int position(String name, int line) throws CorpusException {
		String value = attribute(name).strip();
		try {
			int position = Integer.parseInt(value);
			if (position < 0) {
				throw new NumberFormatException();
			}
			return position;
		} catch (NumberFormatException e) {
			throw new CorpusException(archive.file(), "project.qde line " + line + ": the selection's " + name
					+ " \"" + value + "\" is not a position (a whole number from 0)");
		}
	}

	private static Instant time(String value, Instant otherwise) {
		if (value.isBlank()) {
			return otherwise;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		} catch (DateTimeParseException e) {
			try {
				return java.time.LocalDateTime.parse(value.strip()).toInstant(java.time.ZoneOffset.UTC);
			} catch (DateTimeParseException e2) {
				return otherwise;
			}
		}
	}

	private void skip(String what) {
		skipped.merge(what, 1, Integer::sum);
	}

	private void skipElement() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private String attribute(String name) {
		String value = xml.getAttributeValue(null, name);
		return value == null ? "" : value;
	}
}

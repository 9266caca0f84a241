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
	private final List<PendingCase> cases = new ArrayList<>();
	/** The notes that coded selections refer to (the others are memos of the project, sources or codes). */
	private final java.util.Set<String> selectionNotes = new java.util.HashSet<>();
	private final Map<String, Integer> skipped = new LinkedHashMap<>();
	private final Map<String, List<String>> examples = new LinkedHashMap<>();
	private String projectName = "";

	/** A source as read, its notes resolved once the whole file is read (notes come after sources). */
	private record PendingSource(String guid, String name, String title, String text,
			List<PendingSelection> selections, Map<String, String> valuesByVariable,
			Map<String, List<String>> codes) {
	}

	/** A case's variable values (by variable guid) and the guids of the sources it groups. */
	private record PendingCase(Map<String, String> valuesByVariable, List<String> sources) {
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
			case "PDFSource" -> pdfSource();
			case "PictureSource", "AudioSource", "VideoSource" -> {
				skip(xml.getLocalName().replace("Source", "").toLowerCase(java.util.Locale.ROOT) + " source(s)");
				skipElement();
			}
			case "Case" -> caseElement();
			case "Note" -> note();
			case "Set" -> {
				skip("set(s) (groups of codes, sources or notes)");
				skipElement();
			}
			case "Link" -> {
				skip("link(s) between items");
				skipElement();
			}
			case "Graph" -> {
				skip("graph(s)");
				skipElement();
			}
			default -> {
				// users, code book (read before), variables
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

	/** The parts of a text source (or of a PDF source's text representation) as they are read. */
	private final class SourceBody {
		final String name;
		final String creator;
		String path;
		String title = "";
		String inline;
		final List<PendingSelection> selections = new ArrayList<>();
		final Map<String, String> values = new LinkedHashMap<>();
		/** The codings of the whole source: user name (empty if none is known), then code guids. */
		final Map<String, List<String>> codes = new LinkedHashMap<>();

		SourceBody(String name, String path, String creator) {
			this.name = name;
			this.path = path;
			this.creator = creator;
		}

		/** Reads one element of the source (skips what it does not keep, counting it). */
		void element(String element) throws XMLStreamException, CorpusException {
			switch (element) {
			case "Description" -> title = xml.getElementText().strip();
			case "PlainTextContent" -> inline = xml.getElementText();
			case "PlainTextSelection" -> selection(selections);
			case "VariableValue" -> variableValue(values);
			case "Coding" -> wholeSourceCoding();
			default -> skipElement();
			}
		}

		/**
		 * A coding of the whole source (a document-level code here), by its user, else by the source's creator (as
		 * ATLAS.ti and the standard's examples leave the coding's user out).
		 */
		void wholeSourceCoding() throws XMLStreamException, CorpusException {
			String user = attribute("creatingUser");
			String[] code = { "" };
			children(inner -> {
				if (inner.equals("CodeRef")) {
					code[0] = Guids.normal(attribute("targetGUID"));
				}
				skipElement();
			});
			if (code[0].isEmpty()) {
				skip("coding(s) of whole sources without a code");
				return;
			}
			String name = users.getOrDefault(Guids.normal(user.isEmpty() ? creator : user), "");
			List<String> list = codes.computeIfAbsent(name, k -> new ArrayList<>());
			if (!list.contains(code[0])) {
				list.add(code[0]);
			}
		}

		/** Keeps the source once read, or reports it when its text is not in the project. */
		void done(String guid) throws CorpusException {
			Optional<String> text = inline != null ? Optional.of(inline) : text(path);
			if (text.isEmpty()) {
				String what = "text source(s) whose text is not in the project";
				skip(what);
				examples.computeIfAbsent(what, k -> new ArrayList<>())
						.add(name + " (" + (path.isEmpty() ? "no text" : path) + ")");
				return;
			}
			sources.add(new PendingSource(guid, name, title.isEmpty() ? name : title, text.get(), selections, values,
					codes));
		}
	}

	private void textSource() throws XMLStreamException, CorpusException {
		String guid = Guids.normal(attribute("guid"));
		SourceBody body = new SourceBody(attribute("name").strip(), attribute("plainTextPath").strip(),
				attribute("creatingUser"));
		children(body::element);
		body.done(guid);
	}

	/**
	 * A PDF source: its text representation (the plain text that text selections of a PDF refer to) becomes the
	 * document, with the PDF's description and variable values; selections of page regions are reported.
	 */
	private void pdfSource() throws XMLStreamException, CorpusException {
		String guid = Guids.normal(attribute("guid"));
		SourceBody body = new SourceBody(attribute("name").strip(), "", attribute("creatingUser"));
		boolean[] represented = { false };
		children(element -> {
			switch (element) {
			case "Representation" -> {
				represented[0] = true;
				body.path = attribute("plainTextPath").strip();
				children(body::element);
			}
			case "PDFSelection" -> {
				skip("selection(s) of PDF page regions");
				skipElement();
			}
			default -> body.element(element);
			}
		});
		if (represented[0]) {
			body.done(guid);
		} else {
			skip("PDF source(s) without a text representation");
		}
	}

	/** A case: the variable values it gives to the sources it groups. */
	private void caseElement() throws XMLStreamException, CorpusException {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> members = new ArrayList<>();
		children(element -> {
			switch (element) {
			case "VariableValue" -> variableValue(values);
			case "SourceRef" -> {
				members.add(Guids.normal(attribute("targetGUID")));
				skipElement();
			}
			default -> skipElement();
			}
		});
		cases.add(new PendingCase(values, members));
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
				String ref = Guids.normal(attribute("targetGUID"));
				noteRefs.add(ref);
				selectionNotes.add(ref);
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
		Map<String, Map<String, String>> caseValues = caseValues();
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
			Map<String, String> byGuid = new LinkedHashMap<>(caseValues.getOrDefault(source.guid(), Map.of()));
			byGuid.putAll(source.valuesByVariable());
			byGuid.forEach((guid, value) -> variables
					.put(VariableNames.of(variableNames.getOrDefault(guid, guid)), value.replaceAll("\\s+", " ")));
			done.add(new RefiProject.Source(source.name(), source.title(), source.text(), selections, variables,
					source.codes()));
		}
		long memos = notes.keySet().stream().filter(guid -> !selectionNotes.contains(guid)).count();
		if (memos > 0) {
			skip("note(s) not attached to a coded text selection (memos of the project, its sources or codes)",
					(int) memos);
		}
		List<String> messages = new ArrayList<>(codebook.notes());
		skipped.forEach((what, count) -> messages.add(count + " " + what + " not taken over"
				+ (examples.containsKey(what) ? ": " + String.join(", ", examples.get(what)) : "")));
		return new RefiProject(projectName, codebook, done, messages);
	}

	/**
	 * The variable values that cases give to their sources (a source's own value comes first; of two cases with
	 * different values for one source, the first case's), by source guid; reports the cases.
	 */
	private Map<String, Map<String, String>> caseValues() {
		Map<String, Map<String, String>> bySource = new HashMap<>();
		for (PendingCase c : cases) {
			for (String source : c.sources()) {
				Map<String, String> values = bySource.computeIfAbsent(source, k -> new LinkedHashMap<>());
				c.valuesByVariable().forEach(values::putIfAbsent);
			}
		}
		if (!cases.isEmpty()) {
			long withValues = cases.stream().filter(c -> !c.valuesByVariable().isEmpty() && !c.sources().isEmpty())
					.count();
			skip("case(s) as groups of sources" + (withValues == 0 ? "" : " (the variable values of " + withValues
					+ " of them are kept as document variables of the sources they group)"), cases.size());
		}
		return bySource;
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
		skip(what, 1);
	}

	private void skip(String what, int count) {
		skipped.merge(what, count, Integer::sum);
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

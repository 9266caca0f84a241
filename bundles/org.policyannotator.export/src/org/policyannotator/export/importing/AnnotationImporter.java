package org.policyannotator.export.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.policyannotator.export.ExportCancelledException;
import org.policyannotator.export.ExportException;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.internal.AttributeValues;
import org.policyannotator.export.internal.TextOffsets;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Finding;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.SetValidator;
import org.policyannotator.model.schema.TagType;

/**
 * Imports shared annotation sets into a corpus: our dataset format (both flavours), doccano JSONL and W3C Web
 * Annotation. Each annotator's annotations on a document become that annotator's set for it, replacing the set
 * there was. All or nothing: the whole file is read and checked first (documents exist, the text hash and every
 * quote match the corpus text, offsets lie inside it, types, attributes and relations fit the schema); if anything
 * is wrong, nothing is written and {@link ImportException} lists every problem with file and line. Spans are never
 * moved to make them fit. Progress is told after each set written; a cancellation is honoured before anything is
 * written, never half-way.
 */
public final class AnnotationImporter {
	private final Corpus corpus;
	private final Map<String, Document> documents = new HashMap<>();
	private Map<String, String> bySha256;

	private AnnotationImporter(Corpus corpus) {
		this.corpus = corpus;
	}

	/** A validated set ready to be written. */
	private record Checked(AnnotationSet set, String where) {
	}

	/**
	 * Imports {@code file} into {@code corpus}.
	 *
	 * @param format    the file's format; empty to recognise it from the content
	 * @param annotator store everything under this annotator (needed when the file does not name annotators, as in
	 *                  doccano files); empty to keep the file's annotators
	 * @throws ImportException if the file is malformed or does not fit the corpus; nothing was written
	 * @throws ExportException if a set could not be written (sets written before stay; the message says which)
	 */
	public static ImportReport importFile(Path file, Optional<ImportFormat> format, Optional<String> annotator,
			Corpus corpus, ExportProgress progress) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(List.of(file + ": " + (Files.exists(file) ? "is not a file" : "does not exist")));
		}
		if (annotator.isPresent() && !DocumentIds.isValid(annotator.get())) {
			throw new ImportException(List.of("annotator \"" + annotator.get() + "\" is not a valid name: use ASCII "
					+ "letters, digits, '.', '_' or '-'"));
		}
		ImportFormat actual = format.isPresent() ? format.get() : detect(file);
		List<String> problems = new ArrayList<>();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		List<RawSet> raw = switch (actual) {
		case NATIVE -> NativeReader.readJson(file, problems);
		case JSONL -> NativeReader.readLines(file, problems);
		case DOCCANO -> DoccanoReader.read(file, now, problems);
		case W3C -> W3cReader.read(file, now, problems);
		};
		AnnotationImporter importer = new AnnotationImporter(corpus);
		List<String> warnings = new ArrayList<>();
		List<Checked> checked = importer.check(raw, annotator, problems, warnings);
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		if (progress.isCancelled()) {
			throw new ExportCancelledException(0);
		}
		return importer.write(checked, warnings, progress);
	}

	/** Recognises the format of a file from its first line. */
	public static ImportFormat detect(Path file) throws IOException {
		String first;
		try (BufferedReader reader = DatasetText.open(file)) {
			first = reader.readLine();
			while (first != null && first.isBlank()) {
				first = reader.readLine();
			}
		} catch (NoSuchFileException e) {
			throw new ImportException(List.of(file + ": does not exist"));
		}
		if (first == null) {
			throw new ImportException(List.of(file + ": is empty"));
		}
		String line = first.strip();
		if (line.startsWith("{") && line.endsWith("}")) {
			if (line.contains("\"policyannotator-dataset\"")) {
				return ImportFormat.JSONL;
			}
			if (line.contains("\"entities\"") || line.contains("\"label\"") || line.contains("\"text\"")) {
				return ImportFormat.DOCCANO;
			}
		}
		String head = head(file);
		if (head.contains("\"policyannotator-dataset\"")) {
			return ImportFormat.NATIVE;
		}
		if (head.contains("anno.jsonld") || head.contains("\"Annotation")) {
			return ImportFormat.W3C;
		}
		throw new ImportException(List.of(file + ": cannot tell its format; give --format "
				+ ImportFormat.keys()));
	}

	private static String head(Path file) throws IOException {
		return DatasetText.head(file, 4096);
	}

	private List<Checked> check(List<RawSet> raw, Optional<String> override, List<String> problems,
			List<String> warnings) throws IOException {
		Schema schema = corpus.schema();
		List<Checked> checked = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (RawSet set : raw) {
			String annotator = override.orElse(set.annotator());
			if (annotator.isEmpty()) {
				problems.add(set.where() + ": the file does not say who annotated; give --annotator <name>");
				continue;
			}
			if (!DocumentIds.isValid(annotator)) {
				problems.add(set.where() + ": annotator \"" + annotator + "\" is not a valid name");
				continue;
			}
			Optional<Document> document = document(set, problems);
			if (document.isEmpty()) {
				continue;
			}
			Document doc = document.get();
			String key = annotator + "/" + doc.id();
			String before = seen.putIfAbsent(key, set.where());
			if (before != null) {
				problems.add(set.where() + ": annotator " + annotator + " already has annotations on document "
						+ doc.id() + " earlier in the file (" + before + ")");
				continue;
			}
			int errorsBefore = problems.size();
			TextOffsets offsets = TextOffsets.of(doc.text());
			List<Annotation> annotations = new ArrayList<>();
			for (RawAnnotation annotation : set.annotations()) {
				annotation(annotation, annotator, offsets, schema, problems).ifPresent(annotations::add);
			}
			Set<String> ids = new HashSet<>();
			annotations.forEach(a -> ids.add(a.id()));
			for (Relation relation : set.relations()) {
				if (schema.relationType(relation.type()).isEmpty()) {
					problems.add(set.where() + ": relation " + relation.id() + ": relation type " + relation.type()
							+ " is not in the corpus schema");
				}
				for (String end : List.of(relation.from(), relation.to())) {
					if (!ids.contains(end)) {
						problems.add(set.where() + ": relation " + relation.id() + " links annotation " + end
								+ ", which is not in the set");
					}
				}
			}
			if (problems.size() > errorsBefore) {
				continue;
			}
			AnnotationSet result;
			try {
				result = AnnotationSet.of(annotator, doc.id(), doc.sha256(), annotations, set.relations());
			} catch (IllegalArgumentException e) {
				problems.add(set.where() + ": " + e.getMessage());
				continue;
			}
			for (Finding finding : new SetValidator(schema).validate(result, Optional.of(doc), set.where())) {
				(finding.isError() ? problems : warnings).add(finding.toString());
			}
			checked.add(new Checked(result, set.where()));
		}
		return checked;
	}

	private Optional<Document> document(RawSet set, List<String> problems) throws IOException {
		String id = set.documentId();
		if (id.isEmpty()) {
			Optional<String> match = set.text().isEmpty() ? Optional.empty()
					: Optional.ofNullable(bySha256().get(Document.sha256Of(set.text())));
			if (match.isEmpty()) {
				problems.add(set.where() + ": no document of the corpus has this text (the line names no document)");
				return Optional.empty();
			}
			id = match.get();
		}
		if (!corpus.hasDocument(id)) {
			problems.add(set.where() + ": unknown document " + id + " (not in the corpus " + corpus.directory() + ")");
			return Optional.empty();
		}
		Document document = documents.get(id);
		if (document == null) {
			document = corpus.loadDocument(id);
			documents.put(id, document);
		}
		if (!set.sha256().isEmpty() && !set.sha256().equals(document.sha256())) {
			problems.add(set.where() + ": the annotations were made on another text of document " + id
					+ " (sha256 " + abbreviate(set.sha256()) + " in the file, " + abbreviate(document.sha256())
					+ " in the corpus)");
			return Optional.empty();
		}
		if (!set.text().isEmpty() && !set.text().equals(document.text())) {
			problems.add(set.where() + ": the text in the file differs from the text of document " + id
					+ " in the corpus");
			return Optional.empty();
		}
		return Optional.of(document);
	}

	private Map<String, String> bySha256() throws IOException {
		if (bySha256 == null) {
			bySha256 = new HashMap<>();
			for (String id : corpus.documentIds()) {
				bySha256.putIfAbsent(corpus.loadDocument(id).sha256(), id);
			}
		}
		return bySha256;
	}

	private static Optional<Annotation> annotation(RawAnnotation raw, String annotator, TextOffsets offsets,
			Schema schema, List<String> problems) {
		int before = problems.size();
		Optional<TagType> type = schema.tagType(raw.type());
		if (type.isEmpty()) {
			problems.add(raw.where() + ": tag type " + raw.type() + " is not in the corpus schema");
		}
		List<Span> spans = new ArrayList<>();
		for (RawSpan span : raw.spans()) {
			span(span, offsets, raw.where(), problems).ifPresent(spans::add);
		}
		TreeMap<String, AttributeValue> attributes = new TreeMap<>(raw.typed());
		for (Map.Entry<String, String> e : raw.untyped().entrySet()) {
			Optional<AttributeType> attribute = type.flatMap(t -> t.attribute(e.getKey()));
			if (attribute.isEmpty()) {
				problems.add(raw.where() + ": attribute " + e.getKey() + " is not an attribute of " + raw.type());
				continue;
			}
			try {
				attributes.put(e.getKey(), AttributeValues.fromText(e.getValue(), attribute.get().kind()));
			} catch (IllegalArgumentException ex) {
				problems.add(raw.where() + ": attribute " + e.getKey() + ": " + ex.getMessage());
			}
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Annotation(raw.id(), raw.type(), spans, attributes, annotator, raw.created(),
					raw.modified(), raw.note(), raw.status(), false));
		} catch (IllegalArgumentException e) {
			problems.add(raw.where() + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	private static Optional<Span> span(RawSpan raw, TextOffsets offsets, String where, List<String> problems) {
		String unit = raw.codePoints() ? "code points" : "UTF-16 units";
		Span span;
		try {
			span = raw.codePoints() ? offsets.spanFromCodePoints(raw.start(), raw.end())
					: offsets.spanFromUtf16(raw.start(), raw.end());
		} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			problems.add(where + ": span [" + raw.start() + ", " + raw.end() + ") in " + unit
					+ " does not fit the document text: " + e.getMessage());
			return Optional.empty();
		}
		if (raw.quote().isPresent() && !raw.quote().get().equals(span.quote())) {
			problems.add(where + ": span [" + raw.start() + ", " + raw.end() + ") in " + unit + " quotes \""
					+ shorten(raw.quote().get()) + "\" but the document text there is \"" + shorten(span.quote())
					+ "\"");
			return Optional.empty();
		}
		if (raw.codePointStart().isPresent() && raw.codePointEnd().isPresent()
				&& (raw.codePointStart().get() != offsets.codePoint(span.start())
						|| raw.codePointEnd().get() != offsets.codePoint(span.end()))) {
			problems.add(where + ": span [" + raw.start() + ", " + raw.end() + ") in UTF-16 units is ["
					+ offsets.codePoint(span.start()) + ", " + offsets.codePoint(span.end())
					+ ") in code points, but the file says [" + raw.codePointStart().get() + ", "
					+ raw.codePointEnd().get() + ")");
			return Optional.empty();
		}
		return Optional.of(span);
	}

	private ImportReport write(List<Checked> checked, List<String> warnings, ExportProgress progress)
			throws IOException {
		int sets = 0;
		int replaced = 0;
		long annotations = 0;
		long relations = 0;
		for (Checked item : checked) {
			AnnotationSet incoming = item.set();
			AnnotationSet target = corpus.loadSet(incoming.annotator(), incoming.documentId());
			if (!target.isEmpty()) {
				replaced++;
			}
			for (Relation relation : target.relations()) {
				target.removeRelation(relation.id());
			}
			for (Annotation annotation : target.annotations()) {
				target.remove(annotation.id());
			}
			target.setDocumentSha256(incoming.documentSha256());
			incoming.annotations().forEach(target::add);
			incoming.relations().forEach(target::addRelation);
			try {
				corpus.saveSet(target);
			} catch (IOException e) {
				throw new ExportException(item.where() + ": could not be written (" + e.getMessage() + "); " + sets
						+ " sets were written before it", e);
			}
			sets++;
			annotations += incoming.size();
			relations += incoming.relations().size();
			progress.worked(sets, checked.size(), incoming.documentId());
		}
		return new ImportReport(sets, replaced, annotations, relations, warnings);
	}

	private static String abbreviate(String sha) {
		return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
	}

	private static String shorten(String s) {
		return s.length() > 60 ? s.substring(0, 57) + "..." : s;
	}
}

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
import org.policyannotator.model.corpus.CorpusWrites;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.SetValidator;
import org.policyannotator.model.schema.TagType;

/**
 * Imports shared annotation sets into a corpus: our dataset format (both flavours), doccano JSONL and W3C Web
 * Annotation (and the other formats of {@link ImportFormat}). Each annotator's annotations on a document become
 * that annotator's set for it, replacing the set there was. All or nothing: every set is checked (documents exist,
 * the text hash and every quote match the corpus text, offsets lie inside it, types, attributes and relations fit
 * the schema) and staged in one batch of the corpus that is committed only if nothing was wrong; otherwise
 * {@link ImportException} lists every problem with file and line and the corpus is as it was. Spans are never moved
 * to make them fit. Our dataset formats and doccano are read twice, one set at a time (first for the file's types
 * and annotators, then to check and stage), so a file of hundreds of megabytes imports in bounded memory. Progress
 * is told after each set; a cancellation is honoured any time before the commit, never half-way.
 */
public final class AnnotationImporter {
	private final Corpus corpus;
	private final ImportOptions options;
	private final Path file;
	private final TypeResolver types;
	private final Map<String, String> seen = new HashMap<>();
	/** The document-level codes to write: annotator, then document id, then codes. */
	private final Map<String, Map<String, List<String>>> documentCodes = new TreeMap<>();
	private DocumentMatcher documents;
	private boolean rename;

	private AnnotationImporter(Corpus corpus, ImportOptions options, Path file) {
		this.corpus = corpus;
		this.options = options;
		this.file = file;
		this.types = new TypeResolver(corpus.schema(), options.typeMap(), options.addTypes());
	}

	/** What was written, for the report. */
	private static final class Tally {
		int done;
		int sets;
		int replaced;
		long annotations;
		long relations;
	}

	/** A validated set ready to be written. */
	private record Checked(AnnotationSet set, String where) {
	}

	/**
	 * Imports {@code file} into {@code corpus} with the default options (documents the corpus lacks are created from
	 * the file's text, doccano offsets count UTF-16 units).
	 *
	 * @param format    the file's format; empty to recognise it from the content
	 * @param annotator the annotator of sets the file does not attribute (as in doccano files); empty for none
	 * @throws ImportException if the file is malformed or does not fit the corpus; nothing was written
	 * @throws ExportException if a set could not be written (sets written before stay; the message says which)
	 */
	public static ImportReport importFile(Path file, Optional<ImportFormat> format, Optional<String> annotator,
			Corpus corpus, ExportProgress progress) throws IOException {
		return importFile(file, ImportOptions.defaults().withFormat(format).withAnnotator(annotator), corpus,
				progress);
	}

	/**
	 * Imports {@code file} into {@code corpus}.
	 *
	 * @throws ImportException if the file is malformed or does not fit the corpus; nothing was written
	 * @throws ExportException if a set could not be written (sets written before stay; the message says which)
	 */
	public static ImportReport importFile(Path file, ImportOptions options, Corpus corpus, ExportProgress progress)
			throws IOException {
		boolean brat = options.format().map(f -> f == ImportFormat.BRAT).orElse(BratReader.isBrat(file));
		boolean uimaFolder = !brat && options.format().map(f -> f == ImportFormat.UIMA).orElse(true)
				&& UimaReader.isFolder(file);
		if (!Files.isRegularFile(file) && !((brat || uimaFolder) && Files.isDirectory(file))) {
			throw new ImportException(List.of(file + ": " + (Files.exists(file) ? "is not a file" : "does not exist")));
		}
		Optional<String> annotator = options.annotator();
		if (annotator.isPresent() && !DocumentIds.isValid(annotator.get())) {
			throw new ImportException(List.of("annotator \"" + annotator.get() + "\" is not a valid name: use ASCII "
					+ "letters, digits, '.', '_' or '-'"));
		}
		ImportFormat actual = options.format().isPresent() ? options.format().get()
				: brat ? ImportFormat.BRAT : uimaFolder ? ImportFormat.UIMA : detect(file);
		Messages warnings = new Messages("warnings");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		SetSource source = source(actual, file, options, corpus, now, warnings);
		return new AnnotationImporter(corpus, options, file).run(source, warnings, progress);
	}

	private static SetSource source(ImportFormat format, Path file, ImportOptions options, Corpus corpus,
			Instant now, List<String> warnings) throws IOException {
		List<String> problems = new ArrayList<>();
		return switch (format) {
		case NATIVE -> (p, sink) -> NativeReader.readJson(file, p, sink);
		case JSONL -> (p, sink) -> NativeReader.readLines(file, p, sink);
		case DOCCANO -> (p, sink) -> DoccanoReader.read(file, options.offsets(), now, p, sink);
		case W3C -> SetSource.of(W3cReader.read(file, now, problems), problems);
		case LABEL_STUDIO -> SetSource.of(LabelStudioReader.read(file, now, problems), problems);
		case BRAT -> SetSource.of(BratReader.read(file, now, problems), problems);
		case UIMA -> SetSource.of(UimaReader.read(file, now, problems), problems);
		case REFI_QDA -> SetSource.of(RefiReader.read(file, corpus.schema(), now, warnings), problems);
		};
	}

	private ImportReport run(SetSource source, Messages warnings, ExportProgress progress) throws IOException {
		Messages problems = new Messages("problems");
		Set<String> named = new TreeSet<>();
		Tally tally = new Tally();
		source.read(problems, set -> {
			types.resolve(set);
			if (!set.annotator().isEmpty()) {
				named.add(set.annotator());
			}
			set.document().codes().keySet().stream().filter(a -> !a.isEmpty()).forEach(named::add);
			tally.done++;
			cancelled(progress);
		});
		types.finish();
		problems.addAll(types.problems());
		int total = tally.done;
		tally.done = 0;
		rename = options.annotator().isPresent() && named.size() <= 1;
		if (options.annotator().isPresent() && !rename) {
			warnings.add("the file names " + named.size() + " annotators (" + String.join(", ", named)
					+ "): their sets keep their names; --annotator " + options.annotator().get()
					+ " is used only for sets the file does not attribute");
		}
		// everything in one batch: made durable with one flush and put in place only when all is written, so a
		// problem, a failure, a cancellation or a crash imports nothing
		try (CorpusWrites writes = corpus.writes()) {
			documents = new DocumentMatcher(corpus, options.existingDocumentsOnly(), file,
					id -> writes.stagedDocument(id).orElseThrow());
			if (types.extended()) {
				writes.writeSchema(types.schema());
			}
			source.read(new ArrayList<>(), set -> {
				cancelled(progress);
				Optional<Checked> checked = check(set, problems, warnings);
				for (Document document : documents.takeCreated()) {
					writes.addDocument(document);
				}
				if (checked.isPresent() && problems.isEmpty()) {
					stage(checked.get(), writes, tally);
				}
				progress.worked(++tally.done, total, set.documentId());
			});
			for (Map.Entry<String, Map<String, List<String>>> codes : documentCodes.entrySet()) {
				writes.setDocumentCodes(codes.getKey(), codes.getValue());
			}
			if (!problems.isEmpty()) {
				throw new ImportException(problems.listed());
			}
			cancelled(progress);
			try {
				writes.commit();
			} catch (IOException e) {
				throw new ExportException(e.getMessage() + "; nothing was imported", e);
			}
		}
		List<String> added = new ArrayList<>();
		types.schema().tagTypes().stream().filter(t -> corpus.schema().tagType(t.id()).isEmpty())
				.forEach(t -> added.add(t.id()));
		types.schema().relationTypes().stream().filter(t -> corpus.schema().relationType(t.id()).isEmpty())
				.forEach(t -> added.add(t.id()));
		int coded = documentCodes.values().stream().mapToInt(Map::size).sum();
		return new ImportReport(tally.sets, tally.replaced, tally.annotations, tally.relations, warnings.listed(),
				documents.created(), documents.matchedByText(), added, coded);
	}

	private static void cancelled(ExportProgress progress) throws ExportCancelledException {
		if (progress.isCancelled()) {
			throw new ExportCancelledException(0);
		}
	}

	/** Recognises the format of a file from its name and first lines, or of a folder from the files in it. */
	public static ImportFormat detect(Path file) throws IOException {
		if (Files.isDirectory(file)) {
			if (BratReader.isBrat(file)) {
				return ImportFormat.BRAT;
			}
			if (UimaReader.isFolder(file)) {
				return ImportFormat.UIMA;
			}
			throw new ImportException(List.of(file + ": a folder without brat .ann files or UIMA CAS .json files"));
		}
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".qdpx") || name.endsWith(".qde")) {
			return ImportFormat.REFI_QDA;
		}
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
		if (line.startsWith("{") && line.endsWith("}") && !line.contains("\"%FEATURE_STRUCTURES\"")) {
			if (line.contains("\"policyannotator-dataset\"")) {
				return ImportFormat.JSONL;
			}
			if (line.contains("\"entities\"") || line.contains("\"label\"") || line.contains("\"text\"")) {
				return ImportFormat.DOCCANO;
			}
		}
		String head = head(file);
		if (head.contains("urn:QDA-XML:project")) {
			return ImportFormat.REFI_QDA;
		}
		if (head.contains("\"policyannotator-dataset\"")) {
			return ImportFormat.NATIVE;
		}
		if (head.stripLeading().startsWith("[") && head.contains("\"data\"")) {
			return ImportFormat.LABEL_STUDIO;
		}
		if (head.contains("\"%FEATURE_STRUCTURES\"") || head.contains("\"%TYPES\"")) {
			return ImportFormat.UIMA;
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

	private Optional<Checked> check(RawSet set, Messages problems, List<String> warnings) throws IOException {
		Schema schema = types.schema();
		String annotator = set.annotator().isEmpty() || rename ? options.annotator().orElse(set.annotator())
				: set.annotator();
		boolean documentOnly = set.annotations().isEmpty() && set.relations().isEmpty();
		if (annotator.isEmpty() && !documentOnly) {
			problems.add(set.where() + ": the file does not say who annotated; give --annotator <name>");
			return Optional.empty();
		}
		if (!annotator.isEmpty() && !DocumentIds.isValid(annotator)) {
			problems.add(set.where() + ": annotator \"" + annotator + "\" is not a valid name");
			return Optional.empty();
		}
		Optional<DocumentMatcher.Target> target = documents.resolve(set, problems);
		if (target.isPresent()) {
			documentCodes(set, target.get().document().id(), problems);
		}
		if (target.isEmpty() || annotator.isEmpty()) {
			return Optional.empty();
		}
		Document doc = target.get().document();
		String key = annotator + "/" + doc.id();
		String before = seen.putIfAbsent(key, set.where());
		if (before != null) {
			problems.add(set.where() + ": annotator " + annotator + " already has annotations on document "
					+ doc.id() + " earlier in the file (" + before + ")");
			return Optional.empty();
		}
		long errorsBefore = problems.count();
		String fileText = target.get().mapping().isPresent() ? set.text() : doc.text();
		TextOffsets offsets = TextOffsets.of(fileText);
		List<Annotation> annotations = new ArrayList<>();
		for (RawAnnotation annotation : set.annotations()) {
			annotation(annotation, annotator, offsets, target.get(), schema, problems).ifPresent(annotations::add);
		}
		Set<String> ids = new HashSet<>();
		annotations.forEach(a -> ids.add(a.id()));
		List<Relation> relations = new ArrayList<>();
		for (Relation relation : set.relations()) {
			Optional<String> type = types.relationId(relation.type());
			if (type.isEmpty()) {
				continue;
			}
			for (String end : List.of(relation.from(), relation.to())) {
				if (!ids.contains(end)) {
					problems.add(set.where() + ": relation " + relation.id() + " links annotation " + end
							+ ", which is not in the set");
				}
			}
			relations.add(new Relation(relation.id(), type.get(), relation.from(), relation.to()));
		}
		if (problems.count() > errorsBefore) {
			return Optional.empty();
		}
		AnnotationSet result;
		try {
			result = AnnotationSet.of(annotator, doc.id(), doc.sha256(), annotations, relations);
		} catch (IllegalArgumentException e) {
			problems.add(set.where() + ": " + e.getMessage());
			return Optional.empty();
		}
		for (Finding finding : new SetValidator(schema).validate(result, Optional.of(doc), set.where())) {
			(finding.isError() ? problems : warnings).add(finding.toString());
		}
		return Optional.of(new Checked(result, set.where()));
	}

	/**
	 * Keeps the codes the file gives {@code documentId} as a whole, by annotator (named as sets are: {@code
	 * --annotator} renames a file's only annotator and names the codes the file does not attribute).
	 */
	private void documentCodes(RawSet set, String documentId, List<String> problems) {
		set.document().codes().forEach((named, codes) -> {
			String annotator = named.isEmpty() || rename ? options.annotator().orElse(named) : named;
			if (annotator.isEmpty()) {
				problems.add(set.where() + ": the file does not say who gave the document its codes ("
						+ String.join(", ", codes) + "); give --annotator <name>");
			} else if (!DocumentIds.isValid(annotator)) {
				problems.add(set.where() + ": annotator \"" + annotator + "\" is not a valid name");
			} else {
				Set<String> merged = new java.util.LinkedHashSet<>(
						documentCodes.computeIfAbsent(annotator, a -> new TreeMap<>()).getOrDefault(documentId, List.of()));
				codes.forEach(code -> types.tagId(code).ifPresent(merged::add));
				documentCodes.get(annotator).put(documentId, List.copyOf(merged));
			}
		});
	}

	private Optional<Annotation> annotation(RawAnnotation raw, String annotator, TextOffsets offsets,
			DocumentMatcher.Target target, Schema schema, Messages problems) {
		long before = problems.count();
		Optional<TagType> type = types.tagId(raw.type()).flatMap(schema::tagType);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		List<Span> spans = new ArrayList<>();
		for (RawSpan span : raw.spans()) {
			span(span, offsets, raw.where(), problems).map(s -> onDocument(s, target)).ifPresent(spans::add);
		}
		TreeMap<String, AttributeValue> attributes = new TreeMap<>(raw.typed());
		for (Map.Entry<String, String> e : raw.untyped().entrySet()) {
			Optional<AttributeType> attribute = type.flatMap(t -> t.attribute(e.getKey())
					.or(() -> t.attribute(e.getKey().replace('_', '-'))));
			if (attribute.isEmpty()) {
				problems.add(raw.where() + ": attribute " + e.getKey() + " is not an attribute of " + raw.type());
				continue;
			}
			try {
				attributes.put(attribute.get().id(), AttributeValues.fromText(e.getValue(), attribute.get().kind()));
			} catch (IllegalArgumentException ex) {
				problems.add(raw.where() + ": attribute " + e.getKey() + ": " + ex.getMessage());
			}
		}
		if (problems.count() > before) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Annotation(raw.id(), type.get().id(), spans, attributes, annotator, raw.created(),
					raw.modified(), raw.note(), raw.status(), false));
		} catch (IllegalArgumentException e) {
			problems.add(raw.where() + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	private static Span onDocument(Span span, DocumentMatcher.Target target) {
		if (target.mapping().isEmpty()) {
			return span;
		}
		int[] mapped = target.mapping().get().map(span.start(), span.end());
		return Span.of(target.document().text(), mapped[0], mapped[1]);
	}

	private static Optional<Span> span(RawSpan raw, TextOffsets offsets, String where, List<String> problems) {
		String unit = raw.unit().words();
		Span span;
		try {
			span = spanIn(raw.unit(), offsets.text(), raw.start(), raw.end());
		} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			problems.add(where + ": span [" + raw.start() + ", " + raw.end() + ") in " + unit
					+ " does not fit the document text: " + e.getMessage() + otherUnit(raw, offsets.text()));
			return Optional.empty();
		}
		if (raw.quote().isPresent() && !raw.quote().get().equals(span.quote())) {
			problems.add(where + ": span [" + raw.start() + ", " + raw.end() + ") in " + unit + " quotes \""
					+ shorten(raw.quote().get()) + "\" but the document text there is \"" + shorten(span.quote())
					+ "\"" + otherUnit(raw, offsets.text()));
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

	private static Span spanIn(OffsetUnit unit, String text, int start, int end) {
		if (end < start) {
			throw new IllegalArgumentException("the end comes before the start");
		}
		return Span.of(text, unit.toUtf16(text, start), unit.toUtf16(text, end));
	}

	/** {@code "; it fits when counted in code points (--offsets codepoints)"} if another unit would fit. */
	private static String otherUnit(RawSpan raw, String text) {
		for (OffsetUnit other : OffsetUnit.values()) {
			if (other == raw.unit()) {
				continue;
			}
			try {
				Span span = spanIn(other, text, raw.start(), raw.end());
				if (raw.quote().isEmpty() || raw.quote().get().equals(span.quote())) {
					return "; it fits when counted in " + other.words() + " (--offsets " + other.key() + ")";
				}
			} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
				// does not fit in this unit either
			}
		}
		return "";
	}

	/** Stages a checked set in the batch, replacing the annotator's set on the document. */
	private void stage(Checked item, CorpusWrites writes, Tally tally) throws IOException {
		AnnotationSet incoming = item.set();
		AnnotationSet target = corpus.loadSet(incoming.annotator(), incoming.documentId());
		if (!target.isEmpty()) {
			tally.replaced++;
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
			writes.saveSet(target);
		} catch (IOException e) {
			throw new ExportException(item.where() + ": could not be written (" + e.getMessage()
					+ "); nothing was imported", e);
		}
		tally.sets++;
		tally.annotations += incoming.size();
		tally.relations += incoming.relations().size();
	}

	private static String shorten(String s) {
		return s.length() > 60 ? s.substring(0, 57) + "..." : s;
	}
}

package org.policyannotator.analysis.exercise.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.policyannotator.analysis.exercise.ExerciseException;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.exercise.FeedbackMode;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SetFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of a {@link FeedbackFile}; reference sets are embedded in the set file format. */
public final class FeedbackJson {
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private FeedbackJson() {
	}

	/** Pretty UTF-8 JSON. */
	public static byte[] write(FeedbackFile f) {
		ObjectNode root = JsonFiles.object();
		root.put("format", FeedbackFile.FORMAT);
		root.put("version", FeedbackFile.VERSION);
		root.put("exercise", f.exerciseId());
		root.put("name", f.exercise());
		root.put("student", f.student());
		root.put("submission", f.submission());
		f.submitted().ifPresent(t -> root.put("submitted", t.toString()));
		root.put("feedback", f.mode().id());
		f.overall().ifPresent(l -> line(root.putObject("overall"), l));
		f.types().forEach(l -> line(root.withArray("types").addObject(), l));
		for (FeedbackFile.Item i : f.items()) {
			root.withArray("items").addObject().put("document", i.document()).put("kind", i.kind())
					.put("start", i.start()).put("end", i.end()).put("type", i.type()).put("text", i.text())
					.put("detail", i.detail());
		}
		if (!f.reference().isEmpty()) {
			root.put("referenceAnnotator", f.referenceAnnotator());
			ObjectNode sets = root.putObject("reference");
			for (Map.Entry<String, AnnotationSet> e : f.reference().entrySet()) {
				try {
					sets.set(e.getKey(), MAPPER.readTree(SetFiles.encode(e.getValue())));
				} catch (java.io.IOException ex) {
					throw new IllegalStateException("a set file is JSON", ex);
				}
			}
		}
		return JsonFiles.bytes(root);
	}

	private static void line(ObjectNode node, FeedbackFile.Line l) {
		if (!l.type().isEmpty()) {
			node.put("type", l.type());
		}
		number(node, "f1", l.f1());
		number(node, "precision", l.precision());
		number(node, "recall", l.recall());
		number(node, "exactF1", l.exactF1());
		number(node, "kappa", l.kappa());
		node.put("found", l.found()).put("reference", l.total()).put("tagged", l.tagged());
	}

	private static void number(ObjectNode node, String name, OptionalDouble value) {
		if (value.isPresent()) {
			node.put(name, Math.round(value.getAsDouble() * 10000) / 10000.0);
		}
	}

	/** Reads a feedback file, naming it and the field in messages. */
	public static FeedbackFile read(Path file) throws ExerciseException {
		JsonNode root = JsonFiles.readObject(file, FeedbackFile.FORMAT, FeedbackFile.VERSION);
		String mode = JsonFiles.text(root, "feedback", file);
		FeedbackMode feedback = FeedbackMode.of(mode).orElseThrow(() -> new ExerciseException(file,
				"\"feedback\" is \"" + mode + "\"; expected one of " + FeedbackMode.ids()));
		String student = JsonFiles.text(root, "student", file);
		if (!DocumentIds.isValid(student)) {
			throw new ExerciseException(file, "student \"" + student + "\" is not a valid annotator name");
		}
		Optional<Instant> submitted = Optional.empty();
		try {
			if (root.has("submitted")) {
				submitted = Optional.of(Instant.parse(JsonFiles.text(root, "submitted", file)));
			}
		} catch (java.time.format.DateTimeParseException e) {
			throw new ExerciseException(file, "\"submitted\" is not a UTC time such as 2026-12-10T23:59:00Z");
		}
		Optional<FeedbackFile.Line> overall = root.has("overall") ? Optional.of(line(root.get("overall"), file))
				: Optional.empty();
		List<FeedbackFile.Line> types = new ArrayList<>();
		if (root.has("types")) {
			for (JsonNode t : JsonFiles.array(root, "types", file)) {
				types.add(line(t, file));
			}
		}
		List<FeedbackFile.Item> items = new ArrayList<>();
		if (root.has("items")) {
			for (JsonNode i : JsonFiles.array(root, "items", file)) {
				items.add(item(i, file));
			}
		}
		Map<String, AnnotationSet> reference = new TreeMap<>();
		String annotator = "";
		if (root.has("reference")) {
			annotator = JsonFiles.text(root, "referenceAnnotator", file);
			reference = sets(root.get("reference"), annotator, file);
		}
		return new FeedbackFile(JsonFiles.text(root, "exercise", file), JsonFiles.text(root, "name", file), student,
				JsonFiles.text(root, "submission", file), submitted, feedback, overall, types, items, reference,
				annotator);
	}

	private static FeedbackFile.Line line(JsonNode node, Path file) throws ExerciseException {
		if (!node.isObject()) {
			throw new ExerciseException(file, "figures must be objects");
		}
		return new FeedbackFile.Line(node.has("type") ? JsonFiles.text(node, "type", file) : "",
				number(node, "f1", file), number(node, "precision", file), number(node, "recall", file),
				number(node, "exactF1", file), number(node, "kappa", file), count(node, "found", file),
				count(node, "reference", file), count(node, "tagged", file));
	}

	private static OptionalDouble number(JsonNode node, String name, Path file) throws ExerciseException {
		JsonNode value = node.get(name);
		if (value == null) {
			return OptionalDouble.empty();
		}
		if (!value.isNumber()) {
			throw new ExerciseException(file, "\"" + name + "\" must be a number");
		}
		return OptionalDouble.of(value.asDouble());
	}

	private static int count(JsonNode node, String name, Path file) throws ExerciseException {
		JsonNode value = node.get(name);
		if (value == null || !value.canConvertToInt() || value.asInt() < 0) {
			throw new ExerciseException(file, "\"" + name + "\" must be a count (0 or more)");
		}
		return value.asInt();
	}

	private static FeedbackFile.Item item(JsonNode node, Path file) throws ExerciseException {
		if (!node.isObject()) {
			throw new ExerciseException(file, "\"items\" must hold objects");
		}
		String document = JsonFiles.text(node, "document", file);
		int start = count(node, "start", file);
		int end = count(node, "end", file);
		if (!DocumentIds.isValid(document) || end <= start) {
			throw new ExerciseException(file, "item in \"" + document + "\" at " + start + "-" + end
					+ " has a bad document id or position");
		}
		return new FeedbackFile.Item(document, JsonFiles.text(node, "kind", file), start, end,
				JsonFiles.text(node, "type", file), JsonFiles.text(node, "text", file),
				JsonFiles.text(node, "detail", file));
	}

	private static Map<String, AnnotationSet> sets(JsonNode node, String annotator, Path file)
			throws ExerciseException {
		if (!node.isObject() || !DocumentIds.isValid(annotator)) {
			throw new ExerciseException(file, "\"reference\" must be an object of sets by a valid annotator");
		}
		Map<String, AnnotationSet> sets = new TreeMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			AnnotationSet set;
			try {
				set = SetFiles.decode(JsonFiles.bytes(e.getValue()), file);
			} catch (CorpusException ex) {
				throw new ExerciseException(file, "reference of " + e.getKey() + ": " + ex.getMessage(), ex);
			}
			if (!set.documentId().equals(e.getKey()) || !set.annotator().equals(annotator)) {
				throw new ExerciseException(file, "reference of " + e.getKey() + " is the set of " + set.annotator()
						+ " on " + set.documentId());
			}
			sets.put(e.getKey(), set);
		}
		return sets;
	}
}

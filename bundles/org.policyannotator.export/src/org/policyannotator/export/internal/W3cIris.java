package org.policyannotator.export.internal;

import java.util.Optional;

/**
 * The IRIs of a W3C export: {@code urn:policyannotator:<dataset>:document:<doc>},
 * {@code ...:annotation:<doc>:<annotator>:<id>}, {@code ...:relation:<doc>:<annotator>:<id>},
 * {@code ...:annotator:<name>}, {@code ...:collection} and {@code ...:page-1}. Ids are percent-encoded, so every IRI
 * is a valid URI and the parts can be read back.
 */
public final class W3cIris {
	public static final String DOCUMENT = ":document:";
	public static final String ANNOTATION = ":annotation:";
	public static final String RELATION = ":relation:";
	public static final String ANNOTATOR = ":annotator:";
	private final String base;

	/** IRIs for the dataset {@code datasetName}. */
	public W3cIris(String datasetName) {
		this.base = "urn:policyannotator:" + Iris.segment(datasetName.isEmpty() ? "dataset" : datasetName);
	}

	/** The IRI of this resource. */
	public String collection() {
		return base + ":collection";
	}

	/** The IRI of this resource. */
	public String page() {
		return base + ":page-1";
	}

	/** The IRI of this resource. */
	public String document(String documentId) {
		return base + DOCUMENT + Iris.segment(documentId);
	}

	/** The IRI of this resource. */
	public String annotator(String annotator) {
		return base + ANNOTATOR + Iris.segment(annotator);
	}

	/** The IRI of this resource. */
	public String annotation(String documentId, String annotator, String id) {
		return base + ANNOTATION + Iris.segment(documentId) + ":" + Iris.segment(annotator) + ":" + Iris.segment(id);
	}

	/** The IRI of this resource. */
	public String relation(String documentId, String annotator, String id) {
		return base + RELATION + Iris.segment(documentId) + ":" + Iris.segment(annotator) + ":" + Iris.segment(id);
	}

	/** The last part after {@code marker}, decoded: e.g. the document id of a document IRI. */
	public static Optional<String> after(String iri, String marker) {
		int at = iri.lastIndexOf(marker);
		return at < 0 ? Optional.empty() : Optional.of(iri.substring(at + marker.length()));
	}

	/** The three parts {@code doc:annotator:id} after {@code marker}, decoded. */
	public static Optional<String[]> parts(String iri, String marker) {
		return after(iri, marker).map(rest -> rest.split(":", -1)).filter(p -> p.length == 3)
				.map(p -> new String[] { Iris.decode(p[0]), Iris.decode(p[1]), Iris.decode(p[2]) });
	}
}

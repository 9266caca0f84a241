package org.policyannotator.export.dataset;

import java.io.IOException;

import org.policyannotator.export.internal.JsonSupport;
import org.policyannotator.model.internal.io.SchemaCodec;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the tag set into a dataset, so that a dataset file explains its own types: exactly the corpus's
 * {@code schema.json} (one codec, the model's), so the block can be saved as a file and given to
 * {@code corpus create --schema}.
 */
final class SchemaJson {
	private static final ObjectMapper MAPPER = new ObjectMapper(JsonSupport.FACTORY);

	private SchemaJson() {
	}

	static void write(Schema schema, JsonGenerator g) throws IOException {
		MAPPER.writeTree(g, MAPPER.readTree(SchemaCodec.write(schema)));
	}
}

package org.policyannotator.app.sample;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * The sample corpus shipped with the product: five news articles on China-South Korea relations, with the
 * default schema, so that a new user has something real to annotate on first start.
 */
public final class SampleCorpus {
	public static final String NAME = "Sample: China-South Korea relations";
	public static final String METADATA_FILE = "sample-corpus.properties";

	private SampleCorpus() {
	}

	/**
	 * Creates the sample corpus in {@code folder} from the shipped files.
	 *
	 * @param files file name to content (UTF-8 text) of the shipped {@code sample-corpus} folder, including
	 *              {@value #METADATA_FILE}
	 */
	public static Corpus create(Path folder, Map<String, String> files) throws IOException {
		Properties metadata = new Properties();
		metadata.load(new StringReader(files.getOrDefault(METADATA_FILE, "")));
		SortedMap<String, String> articles = new TreeMap<>();
		files.forEach((name, text) -> {
			if (name.endsWith(".txt")) {
				articles.put(name, text);
			}
		});
		Corpus corpus = Corpus.create(folder, NAME, Schema.defaultSchema());
		Instant now = Instant.now();
		for (Map.Entry<String, String> article : articles.entrySet()) {
			String name = article.getKey();
			Optional<LocalDate> published = Optional.ofNullable(metadata.getProperty(name + ".published")).map(LocalDate::parse);
			String title = metadata.getProperty(name + ".title", name);
			corpus.addDocument(Document.of(DocumentIds.fromFileName(name), title, "", published, "en", article.getValue(),
					new Provenance("sample-corpus", name, now)));
		}
		return corpus;
	}
}

package org.policyannotator.ui.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.policyannotator.importer.ImportOptions;

/** What the user chose on the wizard's first page: where from, which kinds of files, where to. */
final class ImportRequest {
	/** File types the user can pick, with their extensions. */
	enum Kind {
		HTML("Web pages (.html, .htm)", Set.of("html", "htm", "xhtml", "shtml")),
		TEXT("Plain text (.txt)", Set.of("txt", "text")),
		MARKDOWN("Markdown (.md)", Set.of("md", "markdown")),
		PDF("PDF documents (.pdf)", Set.of("pdf"));

		final String label;
		final Set<String> extensions;

		Kind(String label, Set<String> extensions) {
			this.label = label;
			this.extensions = extensions;
		}
	}

	final List<Path> sources = new ArrayList<>();
	final Set<Kind> kinds = java.util.EnumSet.allOf(Kind.class);
	Optional<Path> corpus = Optional.empty();
	Optional<Charset> encoding = Optional.empty();
	boolean keepDuplicates;

	Predicate<Path> filter() {
		return path -> {
			String name = path.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
			return kinds.stream().anyMatch(kind -> kind.extensions.contains(extension));
		};
	}

	ImportOptions options() {
		return encoding.map(ImportOptions.defaults()::withEncoding).orElse(ImportOptions.defaults());
	}
}

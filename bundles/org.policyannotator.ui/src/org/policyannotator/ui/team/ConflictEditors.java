package org.policyannotator.ui.team;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.team.merge.ConflictFile;
import org.policyannotator.ui.compare.ComparisonEditor;
import org.policyannotator.ui.compare.ComparisonInput;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** Where the conflicts of a set are resolved: the comparison editor, yours beside theirs. */
final class ConflictEditors {
	/** A conflict line of a synchronisation about a set: "annotations/ana/doc.json: annotation a1: ...". */
	private static final Pattern SET_CONFLICT = Pattern.compile("^annotations/([^/]+)/([^/]+)\\.json: .*");

	private ConflictEditors() {
	}

	/** The comparison that resolves the conflict a synchronisation reported, when it is about a set. */
	static Optional<ComparisonInput> forConflict(Path corpus, String conflict) {
		Matcher m = SET_CONFLICT.matcher(conflict);
		return m.matches() ? Optional.of(input(corpus, m.group(2), m.group(1))) : Optional.empty();
	}

	/** The comparisons that resolve the conflicts waiting in any set of a document. */
	static List<ComparisonInput> forDocument(Path corpus, String documentId) throws IOException {
		List<ComparisonInput> inputs = new ArrayList<>();
		Path annotations = corpus.resolve(Corpus.ANNOTATIONS);
		if (!Files.isDirectory(annotations)) {
			return inputs;
		}
		String name = ConflictFile.nameFor(documentId + ".json");
		try (DirectoryStream<Path> annotators = Files.newDirectoryStream(annotations, Files::isDirectory)) {
			for (Path annotator : annotators) {
				if (Files.isRegularFile(annotator.resolve(name))) {
					inputs.add(input(corpus, documentId, annotator.getFileName().toString()));
				}
			}
		}
		return inputs;
	}

	static void open(IWorkbenchPage page, ComparisonInput input) throws PartInitException {
		page.openEditor(input, ComparisonEditor.ID);
	}

	private static ComparisonInput input(Path corpus, String documentId, String annotator) {
		String title = documentId;
		try {
			title = CorpusRegistry.getDefault().corpus(corpus).documentTitle(documentId);
		} catch (IOException | RuntimeException e) {
			// the id names it well enough; the editor says what is wrong with the document
		}
		return ComparisonInput.conflicts(corpus, documentId, title, annotator);
	}
}

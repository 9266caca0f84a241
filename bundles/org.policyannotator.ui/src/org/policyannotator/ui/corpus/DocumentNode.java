package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** A document of a corpus in the navigator. */
public record DocumentNode(Path corpusFolder, String documentId, String title) {

	/** The documents among what a command's event has selected (none when it is not a selection of the navigator). */
	static List<DocumentNode> selected(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return List.of();
		}
		return ((List<?>) selection.toList()).stream().filter(DocumentNode.class::isInstance)
				.map(DocumentNode.class::cast).toList();
	}
}

package org.policyannotator.ui.corpus;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Forgets the selected corpora after a confirmation; their folders stay on disk untouched. */
public final class RemoveCorpusHandler extends AbstractHandler {
	public static final String TITLE = "Remove Corpus from List";

	@Override
	public Object execute(ExecutionEvent event) {
		List<CorpusNode> corpora = NavigatorSelection.of(event, CorpusNode.class);
		if (corpora.isEmpty()) {
			return null;
		}
		String names = corpora.stream().map(c -> c.name() + " (" + c.folder() + ")").collect(Collectors.joining("\n"));
		if (MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), TITLE,
				"Remove from the list?\n\n" + names + "\n\nThe folders and their files stay on disk; use Add Existing Corpus"
						+ " to bring them back.")) {
			corpora.forEach(c -> CorpusRegistry.getDefault().remove(c.folder()));
		}
		return null;
	}
}

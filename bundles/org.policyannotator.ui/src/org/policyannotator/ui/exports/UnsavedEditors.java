package org.policyannotator.ui.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.ui.editor.DocumentEditorInput;

/** The open editors of a corpus with unsaved changes (an export reads what is saved on disk). */
final class UnsavedEditors {
	private UnsavedEditors() {
	}

	static List<String> of(Path corpus) {
		List<String> titles = new ArrayList<>();
		if (!PlatformUI.isWorkbenchRunning()) {
			return titles;
		}
		Path wanted = corpus.toAbsolutePath().normalize();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorPart editor : page.getDirtyEditors()) {
					if (editor.getEditorInput() instanceof DocumentEditorInput input
							&& input.corpusFolder().toAbsolutePath().normalize().equals(wanted)) {
						titles.add(editor.getTitle());
					}
				}
			}
		}
		return titles;
	}
}

package org.policyannotator.ui.corpus;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** The navigator elements of one kind (corpora or documents) that a command acts on. */
final class NavigatorSelection {

	private NavigatorSelection() {
	}

	static <T> List<T> of(ExecutionEvent event, Class<T> kind) {
		List<T> elements = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				if (kind.isInstance(element)) {
					elements.add(kind.cast(element));
				}
			}
		}
		return elements;
	}
}

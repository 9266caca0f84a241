package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo of the registered corpora ("name  (folder)"), for wizards that pick a corpus. */
public final class CorpusCombo {
	private final Combo combo;
	private final List<Path> folders;

	public CorpusCombo(Composite parent, Optional<Path> preselected) {
		combo = new Combo(parent, SWT.READ_ONLY);
		folders = CorpusRegistry.getDefault().folders();
		folders.forEach(folder -> combo.add(label(folder)));
		int index = preselected.map(p -> folders.indexOf(p.toAbsolutePath().normalize()))
				.orElse(folders.isEmpty() ? -1 : 0);
		if (index < 0 && !folders.isEmpty()) {
			index = 0;
		}
		if (index >= 0) {
			combo.select(index);
		}
	}

	public Combo control() {
		return combo;
	}

	/** The chosen corpus folder, if any. */
	public Optional<Path> selection() {
		int index = combo.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(folders.get(index));
	}

	private static String label(Path folder) {
		try {
			return CorpusRegistry.getDefault().corpus(folder).name() + "  (" + folder + ")";
		} catch (Exception e) {
			return folder.toString();
		}
	}
}

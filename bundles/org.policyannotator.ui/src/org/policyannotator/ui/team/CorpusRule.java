package org.policyannotator.ui.team;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** One team operation at a time per corpus folder: a second Synchronize waits for the first. */
record CorpusRule(Path folder) implements ISchedulingRule {

	CorpusRule {
		folder = folder.toAbsolutePath().normalize();
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return isConflicting(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule instanceof CorpusRule other && other.folder.equals(folder);
	}
}

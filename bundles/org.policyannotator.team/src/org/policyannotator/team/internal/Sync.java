package org.policyannotator.team.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.policyannotator.team.copies.ConflictedCopies;
import org.policyannotator.team.git.Ownership;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.SyncResult;
import org.policyannotator.team.git.TeamException;

/**
 * One synchronisation: commit this clone's changes, fetch, merge what others pushed (annotation by annotation),
 * push; when the remote moved on meanwhile, fetch, merge and push again.
 */
public final class Sync {
	/** How often a push that the remote refused because it moved on is tried again. */
	public static final int ATTEMPTS = 5;
	public static final String REMOTE = "origin";

	private final Git git;
	private final Repository repository;
	private final CredentialsProvider credentials;
	private final Progress progress;
	private final Optional<String> annotator;
	private final List<String> notSent = new ArrayList<>();
	private final List<String> received = new ArrayList<>();
	private final List<String> conflicts = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	/**
	 * A synchronisation of the repository of {@code git} by {@code annotator}, who sends only their own sets and the
	 * shared files ({@link Ownership}); without an annotator, every change is sent.
	 */
	public Sync(Git git, CredentialsProvider credentials, Progress progress, Optional<String> annotator) {
		this.git = git;
		this.annotator = annotator;
		this.repository = git.getRepository();
		this.credentials = credentials;
		this.progress = progress;
	}

	/** Runs it. */
	public SyncResult run(String message) throws TeamException, GitAPIException, IOException {
		String branch = repository.getBranch();
		progress.step("Committing your changes");
		List<String> committed = commitChanges(message);
		HeldBack held = HeldBack.setAside(repository, notSent);
		int attempts;
		try {
			attempts = exchange(branch);
		} finally {
			notes.addAll(held.restore(received));
		}
		return new SyncResult(committed, notSent, received, conflicts, notes, true, attempts);
	}

	/** Fetches, merges and pushes until the push goes through; returns the number of attempts. */
	private int exchange(String branch) throws TeamException, GitAPIException, IOException {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			checkCancelled();
			progress.step("Fetching from " + REMOTE);
			git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials).setProgressMonitor(new Monitor(progress))
					.call();
			ObjectId theirs = repository.resolve("refs/remotes/" + REMOTE + "/" + branch);
			if (theirs != null) {
				checkCancelled();
				progress.step("Merging");
				merge(theirs);
			}
			checkCancelled();
			progress.step("Pushing to " + REMOTE);
			if (push(branch)) {
				return attempt;
			}
		}
		throw new TeamException("the remote kept moving on: " + ATTEMPTS + " pushes were refused; synchronise again");
	}

	private void checkCancelled() throws TeamException {
		if (progress.cancelled()) {
			throw new TeamException("cancelled; what was committed stays committed, synchronise again to send it");
		}
	}

	/**
	 * Commits the changes of the working tree (ignored files aside) that the annotator sends; the others (another
	 * annotator's set changed here, conflicted copies of file-sync services) go to {@link #notSent}. Returns the paths
	 * committed.
	 */
	private List<String> commitChanges(String message) throws GitAPIException, IOException {
		Status status = git.status().call();
		java.util.Set<String> copies = new java.util.HashSet<>();
		ConflictedCopies.find(repository.getWorkTree().toPath()).forEach(c -> copies.add(c.copy()));
		TreeSet<String> changed = new TreeSet<>();
		TreeSet<String> all = new TreeSet<>(status.getUncommittedChanges());
		all.addAll(status.getUntracked());
		for (String path : all) {
			if (!copies.contains(path) && (annotator.isEmpty() || Ownership.sends(annotator.get(), path))) {
				changed.add(path);
			} else {
				notSent.add(path);
			}
		}
		if (changed.isEmpty()) {
			return List.of();
		}
		var add = git.add();
		changed.forEach(add::addFilepattern);
		add.call();
		var update = git.add().setUpdate(true);
		changed.forEach(update::addFilepattern);
		update.call();
		commit().setMessage(message).call();
		return List.copyOf(changed);
	}

	/** A commit whose author is the annotator (with the e-mail address of the Git configuration, if any). */
	private CommitCommand commit() {
		CommitCommand commit = git.commit();
		annotator.ifPresent(name -> {
			String email = repository.getConfig().getString("user", null, "email");
			commit.setAuthor(new PersonIdent(name, email == null ? "" : email));
		});
		return commit;
	}

	private void merge(ObjectId theirsId) throws IOException, GitAPIException {
		ObjectId headId = repository.resolve("HEAD");
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit theirs = walk.parseCommit(theirsId);
			RevCommit head = headId == null ? null : walk.parseCommit(headId);
			if (head != null && walk.isMergedInto(theirs, head)) {
				return;
			}
			if (head == null || walk.isMergedInto(head, theirs)) {
				fastForward(head, theirs);
				return;
			}
			RevCommit base = mergeBase(headId, theirsId);
			TreeMerge merge = new TreeMerge(repository);
			merge.merge(base, head, theirs);
			stage(merge.written);
			repository.writeMergeHeads(List.of(theirsId));
			commit().setMessage("Merge " + REMOTE + " annotation by annotation: " + merge.received.size()
					+ " files" + (merge.conflicts.isEmpty() ? "" : ", " + merge.conflicts.size() + " conflicts")).call();
			received.addAll(merge.received);
			conflicts.addAll(merge.conflicts);
			notes.addAll(merge.notes);
		}
	}

	private RevCommit mergeBase(ObjectId a, ObjectId b) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			RevCommit base = walk.next();
			return base == null ? null : walk.parseCommit(base);
		}
	}

	private void fastForward(RevCommit head, RevCommit theirs) throws IOException, GitAPIException {
		if (head != null) {
			TreeMerge changes = new TreeMerge(repository);
			changes.listChanges(head, theirs);
			received.addAll(changes.received);
		}
		git.merge().include(theirs).setFastForward(FastForwardMode.FF_ONLY).call();
	}

	private void stage(Map<String, Optional<byte[]>> written) throws GitAPIException {
		List<String> added = written.entrySet().stream().filter(e -> e.getValue().isPresent()).map(Map.Entry::getKey)
				.toList();
		List<String> deleted = written.entrySet().stream().filter(e -> e.getValue().isEmpty())
				.map(Map.Entry::getKey).toList();
		if (!added.isEmpty()) {
			var add = git.add();
			added.forEach(add::addFilepattern);
			add.call();
		}
		if (!deleted.isEmpty()) {
			var rm = git.rm().setCached(true);
			deleted.forEach(rm::addFilepattern);
			rm.call();
		}
	}

	/** Pushes the branch; false when the remote refused because it has commits this clone has not merged. */
	private boolean push(String branch) throws GitAPIException, TeamException {
		RefSpec spec = new RefSpec("refs/heads/" + branch + ":refs/heads/" + branch);
		for (PushResult result : git.push().setRemote(REMOTE).setRefSpecs(spec).setCredentialsProvider(credentials)
				.setProgressMonitor(new Monitor(progress)).call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE:
					break;
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
					return false;
				default:
					throw new TeamException(result.getURI() + ": the push of " + branch + " was refused: "
							+ update.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
							+ (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
				}
			}
		}
		return true;
	}
}

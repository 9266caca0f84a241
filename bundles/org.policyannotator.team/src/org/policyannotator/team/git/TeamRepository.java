package org.policyannotator.team.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.team.copies.ConflictedCopies;
import org.policyannotator.team.internal.History;
import org.policyannotator.team.internal.Ssh;
import org.policyannotator.team.internal.Sync;

/**
 * A corpus shared with a team through Git: share it (make it a repository with a remote), clone it, synchronise it
 * (commit, fetch, merge annotation by annotation, push), ask where it stands, read its history and restore an
 * earlier version of a file. The remote is a path (a bare repository on a shared drive), or an SSH ({@code ssh://},
 * {@code user@host:path}: with the keys and known hosts of {@code ~/.ssh}), HTTPS or git:// URL.
 */
public final class TeamRepository implements AutoCloseable {
	/** What {@link #share} puts in the corpus's {@code .gitignore}: what stays on one machine. */
	public static final List<String> IGNORED = List.of("*.lock", "*.tmp", ".index/", "recovery/");
	/** What {@link #share} puts in {@code .gitattributes}, for people who also merge with command-line Git. */
	public static final String ATTRIBUTES = "annotations/**/*.json merge=policyannotator\n";

	private final Git git;
	private final Path corpus;

	private TeamRepository(Git git) {
		this.git = git;
		this.corpus = git.getRepository().getWorkTree().toPath();
	}

	/**
	 * Opens a shared corpus.
	 *
	 * @throws TeamException when the folder is not a corpus or not shared
	 */
	public static TeamRepository open(Path corpus) throws TeamException {
		requireCorpus(corpus);
		if (!Files.isDirectory(corpus.resolve(".git"))) {
			throw new TeamException(corpus + ": the corpus is not shared yet (share it first: team share)");
		}
		try {
			Repository repository = new FileRepositoryBuilder().setGitDir(corpus.resolve(".git").toFile())
					.setWorkTree(corpus.toFile()).setMustExist(true).build();
			return new TeamRepository(new Git(repository, true));
		} catch (IOException e) {
			throw new TeamException(corpus.resolve(".git") + ": cannot open the Git repository: " + e.getMessage(), e);
		}
	}

	/**
	 * Makes a corpus a Git repository (once) with a {@code .gitignore} for files that stay on this machine, commits
	 * it, and when a remote is given, adds it and pushes. A remote path that does not exist yet (or is an empty
	 * folder) becomes a new bare repository.
	 */
	public static TeamRepository share(Path corpus, Optional<String> remote, Optional<Credentials> credentials,
			Progress progress) throws TeamException {
		requireCorpus(corpus);
		try {
			if (!Files.isDirectory(corpus.resolve(".git"))) {
				Git.init().setDirectory(corpus.toFile()).setInitialBranch("main").call().close();
			}
			TeamRepository team = open(corpus);
			team.writeIgnores();
			Git git = team.git;
			git.add().addFilepattern(".").call();
			if (!git.status().call().isClean() || git.getRepository().resolve("HEAD") == null) {
				git.commit().setMessage("Share corpus " + corpus.getFileName()).call();
			}
			if (remote.isPresent()) {
				team.addRemote(remote.get());
				progress.step("Pushing to " + remote.get());
				team.sync("Share corpus " + corpus.getFileName(), credentials, progress);
			}
			return team;
		} catch (GitAPIException | IOException e) {
			throw failure(corpus + ": cannot share: ", remote.orElse(""), e);
		}
	}

	/** Clones a shared corpus into {@code into} (which must not exist or be empty); nothing is left on failure. */
	public static TeamRepository clone(String remote, Path into, Optional<Credentials> credentials,
			Progress progress) throws TeamException {
		Ssh.install();
		boolean existed = Files.exists(into);
		try {
			Git git = Git.cloneRepository().setURI(remote).setDirectory(into.toFile())
					.setCredentialsProvider(provider(credentials)).setProgressMonitor(
							new org.policyannotator.team.internal.Monitor(progress)).call();
			git.close();
			if (!Files.isRegularFile(into.resolve("corpus.json"))) {
				throw new TeamException(remote + ": holds no corpus (there is no corpus.json)");
			}
			return open(into);
		} catch (GitAPIException | TeamException | RuntimeException e) {
			removeQuietly(into, existed);
			if (e instanceof TeamException t) {
				throw t;
			}
			throw failure(remote + ": cannot clone: ", remote, e);
		}
	}

	/** The corpus folder. */
	public Path corpus() {
		return corpus;
	}

	/**
	 * Commits every change of this clone with {@code message}, fetches, merges what others pushed annotation by
	 * annotation, and pushes; when the remote moved on meanwhile, does it again.
	 */
	public SyncResult sync(String message, Optional<Credentials> credentials, Progress progress)
			throws TeamException {
		return sync(message, Optional.empty(), credentials, progress);
	}

	/**
	 * Like {@link #sync(String, Optional, Progress)}, for {@code annotator}: only their own sets and suggestion
	 * files and the shared files (schema, corpus settings, documents, the curated set) are sent. Another
	 * annotator's set changed here stays changed here, is not sent and is listed in {@link SyncResult#notSent()};
	 * when the team changed it too, the team's version takes its place and this one is kept beside it
	 * ({@code .<file>.local.json}).
	 */
	public SyncResult sync(String message, Optional<String> annotator, Optional<Credentials> credentials,
			Progress progress) throws TeamException {
		if (remoteUrl().isEmpty()) {
			throw new TeamException(corpus + ": the corpus has no remote (add one: team share --remote <url>)");
		}
		Ssh.install();
		try {
			return new Sync(git, provider(credentials), progress, annotator).run(message);
		} catch (GitAPIException | IOException e) {
			throw failure(remoteUrl().get() + ": cannot synchronise " + corpus + ": ", remoteUrl().get(), e);
		}
	}

	/** Where the corpus stands against its remote, as of the last fetch. */
	public TeamStatus status() throws TeamException {
		try {
			Repository repository = git.getRepository();
			String branch = repository.getBranch();
			BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, branch);
			Status status = git.status().call();
			List<String> changed = new ArrayList<>();
			status.getModified().forEach(p -> changed.add("M " + p));
			status.getChanged().forEach(p -> changed.add("M " + p));
			status.getAdded().forEach(p -> changed.add("A " + p));
			status.getUntracked().forEach(p -> changed.add("A " + p));
			status.getMissing().forEach(p -> changed.add("D " + p));
			status.getRemoved().forEach(p -> changed.add("D " + p));
			changed.sort((a, b) -> a.substring(2).compareTo(b.substring(2)));
			return new TeamStatus(branch, remoteUrl(), tracking == null ? 0 : tracking.getAheadCount(),
					tracking == null ? 0 : tracking.getBehindCount(), changed, conflictFiles(),
					ConflictedCopies.find(corpus).stream()
							.map(c -> c.copy() + " (" + c.service() + " copy of " + c.original() + ")").toList());
		} catch (GitAPIException | IOException e) {
			throw new TeamException(corpus + ": cannot read the status: " + describe(e), e);
		}
	}

	/** The newest {@code max} commits, or those that touched document {@code documentId}. */
	public List<HistoryEntry> log(Optional<String> documentId, int max) throws TeamException {
		try {
			return new History(git.getRepository()).entries(documentId, max);
		} catch (IOException e) {
			throw new TeamException(corpus + ": cannot read the history: " + describe(e), e);
		}
	}

	/**
	 * Puts the version of {@code path} (relative to the corpus) that commit {@code commit} had back into the corpus;
	 * the next synchronisation shares it.
	 */
	public void restore(String path, String commit) throws TeamException {
		Repository repository = git.getRepository();
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId id = repository.resolve(commit);
			if (id == null) {
				throw new TeamException(corpus + ": there is no commit " + commit);
			}
			try (TreeWalk file = TreeWalk.forPath(repository, path, walk.parseCommit(id).getTree())) {
				if (file == null) {
					throw new TeamException(corpus + ": commit " + commit + " has no " + path);
				}
				ObjectLoader loader = repository.open(file.getObjectId(0));
				Path target = corpus.resolve(path);
				Files.createDirectories(target.getParent());
				AtomicFiles.write(target, loader.getBytes());
			}
		} catch (IOException e) {
			throw new TeamException(corpus.resolve(path) + ": cannot restore from " + commit + ": " + describe(e), e);
		}
	}

	/** The remote's URL, when the corpus has one. */
	public Optional<String> remoteUrl() {
		return Optional.ofNullable(git.getRepository().getConfig().getString("remote", Sync.REMOTE, "url"));
	}

	@Override
	public void close() {
		git.close();
	}

	private void addRemote(String remote) throws GitAPIException, IOException, TeamException {
		URIish url;
		try {
			url = new URIish(isLocalPath(remote) ? Path.of(remote).toAbsolutePath().toString() : remote);
		} catch (java.net.URISyntaxException e) {
			throw new TeamException(remote + ": is not a Git URL or path: " + e.getMessage(), e);
		}
		if (isLocalPath(remote)) {
			Path bare = Path.of(remote).toAbsolutePath();
			if (!Files.exists(bare) || isEmptyFolder(bare)) {
				Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
			}
		}
		StoredConfig config = git.getRepository().getConfig();
		if (remoteUrl().isPresent()) {
			git.remoteSetUrl().setRemoteName(Sync.REMOTE).setRemoteUri(url).call();
		} else {
			git.remoteAdd().setName(Sync.REMOTE).setUri(url).call();
		}
		String branch = git.getRepository().getBranch();
		config.setString("branch", branch, "remote", Sync.REMOTE);
		config.setString("branch", branch, "merge", "refs/heads/" + branch);
		config.save();
	}

	private void writeIgnores() throws IOException {
		Path ignore = corpus.resolve(".gitignore");
		List<String> lines = new ArrayList<>(Files.exists(ignore) ? Files.readAllLines(ignore) : List.of());
		boolean changed = false;
		for (String pattern : IGNORED) {
			if (!lines.contains(pattern)) {
				lines.add(pattern);
				changed = true;
			}
		}
		if (changed) {
			AtomicFiles.write(ignore, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		Path attributes = corpus.resolve(".gitattributes");
		if (!Files.exists(attributes)) {
			AtomicFiles.write(attributes, ATTRIBUTES.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Conflict files that merges left, waiting for the user's decision. */
	private List<String> conflictFiles() throws IOException {
		TreeSet<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(corpus)) {
			files.filter(f -> !f.startsWith(corpus.resolve(".git")))
					.filter(f -> f.getFileName().toString().endsWith(".conflicts.json"))
					.forEach(f -> found.add(corpus.relativize(f).toString().replace(File.separatorChar, '/')));
		}
		return List.copyOf(found);
	}

	private static void requireCorpus(Path corpus) throws TeamException {
		try {
			Corpus.open(corpus);
		} catch (CorpusException e) {
			throw new TeamException(e.getMessage(), e);
		}
	}

	/** A remote that names a folder on this machine or a shared drive, rather than a URL. */
	static boolean isLocalPath(String remote) {
		return !remote.contains("://") && !remote.matches("^[^/\\\\]+:.*");
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return Files.isDirectory(folder) && entries.findAny().isEmpty();
		}
	}

	private static CredentialsProvider provider(Optional<Credentials> credentials) {
		return credentials.map(c -> new UsernamePasswordCredentialsProvider(c.user(), c.password())).orElse(null);
	}

	/**
	 * A failure of a Git operation on {@code remote}: when the remote refused the credentials, one that says so and
	 * asks for them; for SSH, what to do about an unknown host or refused keys.
	 */
	private static TeamException failure(String what, String remote, Exception e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (e instanceof TransportException && Ssh.isSsh(remote)) {
			return new TeamException(what + Ssh.explain(remote, describe(e)), e);
		}
		boolean refused = e instanceof TransportException && (message.contains("not authorized")
				|| message.contains("Authentication is required") || message.contains("authentication not supported"));
		if (refused) {
			return new TeamException(what + "the remote did not accept the user name and password (or token)"
					+ " or needs one: " + message, e, true);
		}
		return new TeamException(what + describe(e), e);
	}

	private static String describe(Exception e) {
		Throwable t = e;
		while (t.getCause() != null && t.getMessage() == null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	/**
	 * Removes what a failed clone left. JGit may still be writing in it (a background garbage collection leaves and
	 * removes {@code .git/gc.log.lock}), so a file that vanishes during the walk is no error and the walk is tried
	 * again, a few times, until the folder is gone (or empty, when it existed before).
	 */
	private static void removeQuietly(Path folder, boolean keepFolder) {
		for (int attempt = 0; attempt < 20 && Files.exists(folder) && !(keepFolder && isEmpty(folder)); attempt++) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).filter(f -> !(keepFolder && f.equals(folder)))
						.forEach(f -> f.toFile().delete());
			} catch (IOException | java.io.UncheckedIOException e) {
				// a file went while walking: walk again
			}
			if (Files.exists(folder) && !(keepFolder && isEmpty(folder))) {
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static boolean isEmpty(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException | java.io.UncheckedIOException e) {
			return false;
		}
	}
}

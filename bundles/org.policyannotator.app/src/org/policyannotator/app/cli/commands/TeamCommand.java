package org.policyannotator.app.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.team.copies.ConflictedCopies;
import org.policyannotator.team.git.Credentials;
import org.policyannotator.team.git.HistoryEntry;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.SyncResult;
import org.policyannotator.team.git.TeamException;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.team.git.TeamStatus;
import org.policyannotator.ui.team.CredentialStore;

/** {@code team share|clone|sync|status|log|restore}: a corpus shared with colleagues through Git. */
public final class TeamCommand implements Subcommand {
	/** Environment variables an HTTPS remote's user name and password (or token) are read from. */
	static final String USER_VARIABLE = "POLICYANNOTATOR_GIT_USER";
	static final String PASSWORD_VARIABLE = "POLICYANNOTATOR_GIT_PASSWORD";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(
			ZoneOffset.UTC);

	private final Map<String, String> environment;

	/** Reads credentials from the process environment. */
	public TeamCommand() {
		this(System.getenv());
	}

	TeamCommand(Map<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public String name() {
		return "team";
	}

	@Override
	public String summary() {
		return "share a corpus with colleagues through Git: share, clone, sync, status, log, restore, resolve-copies";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator team <action> [--corpus <dir>] ...
				  The corpus is --corpus, or the corpus the current folder is in.
				  policyannotator team share [--remote <url-or-path>]
				    Makes the corpus a Git repository (.gitignore for locks, temporary files and the search index),
				    commits it and, with --remote, pushes it there. A remote path that does not exist yet becomes a
				    new bare repository (e.g. on a shared drive); SSH and HTTPS URLs are used as they are.
				  policyannotator team clone <url-or-path> <dir>
				    Copies a shared corpus into a new folder.
				  policyannotator team sync [-m <message>] [--annotator <name>]
				    Commits your changes (with --annotator, only that annotator's sets and the shared files: another
				    annotator's set changed here is not sent, and listed), fetches, merges colleagues' work annotation by annotation (sets, schema.json
				    and corpus.json by annotation id, type id and key), pushes, and tries again when the remote moved
				    on meanwhile. Conflicts keep your version; theirs is in .<file>.conflicts.json beside the file.
				  policyannotator team status
				    Changes not yet committed, commits not yet pushed or merged, conflict files waiting.
				  policyannotator team log [--document <id>] [--max <n>]
				    Who changed what when; for a document, which annotations each commit added (+), changed (~),
				    removed (-).
				  policyannotator team restore <commit> <file>
				    Puts the version of <file> (e.g. annotations/ana/doc-1.json) that <commit> had back; the next sync
				    shares it.
				  policyannotator team resolve-copies
				    Merges the conflicted copies that Dropbox, OneDrive or Syncthing left beside sets, documents,
				    schema.json or corpus.json into the originals, annotation by annotation (conflicts go to
				    .<file>.conflicts.json), and deletes them. Works on corpora that are not shared through Git too.
				  HTTPS remotes take the user name and password (or token) from POLICYANNOTATOR_GIT_USER and
				  POLICYANNOTATOR_GIT_PASSWORD, else from what the workbench remembered in secure storage for the host.
				  SSH remotes (ssh://user@host/path, user@host:path) use the keys and known_hosts of ~/.ssh.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		try {
			return act(args, context);
		} catch (TeamException e) {
			if (!e.credentialsRefused()) {
				throw e;
			}
			throw new TeamException(e.getMessage() + " (give them in " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
					+ ", or sign in once in the workbench with Remember in secure storage)", e, true);
		}
	}

	private int act(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("needs an action: share, clone, sync, status, log, restore or resolve-copies");
		}
		String action = args.get(0);
		List<String> rest = args.subList(1, args.size()).stream().map(a -> a.equals("-m") ? "--message" : a).toList();
		Arguments parsed = Arguments.parse(rest, Set.of("--corpus", "--remote", "--message", "--document", "--max", "--annotator"),
				Set.of());
		List<String> words = parsed.positional();
		PrintStream out = context.out();
		Progress progress = Progress.NONE;
		switch (action) {
		case "share" -> {
			none(words, action);
			Path corpus = corpus(parsed, context);
			Optional<String> remote = parsed.option("--remote").map(r -> remote(r, context));
			try (TeamRepository team = TeamRepository.share(corpus, remote, credentials(remote), progress)) {
				out.println("Shared " + corpus + (remote.isPresent() ? " with " + team.remoteUrl().orElseThrow()
						: " (no remote yet: team share --remote <url>)"));
			}
		}
		case "clone" -> {
			if (words.size() != 2) {
				throw new UsageException("clone needs <url-or-path> <dir>");
			}
			Path into = context.resolve(words.get(1));
			String remote = remote(words.get(0), context);
			try (TeamRepository team = TeamRepository.clone(remote, into, credentials(Optional.of(remote)),
					progress)) {
				out.println("Cloned " + words.get(0) + " into " + team.corpus());
			}
		}
		case "sync" -> {
			none(words, action);
			String message = parsed.option("--message")
					.orElse("Annotations of " + System.getProperty("user.name", "a colleague"));
			try (TeamRepository team = TeamRepository.open(corpus(parsed, context))) {
				return report(team.sync(message, parsed.option("--annotator"), credentials(team.remoteUrl()), progress),
						context);
			}
		}
		case "status" -> {
			none(words, action);
			try (TeamRepository team = TeamRepository.open(corpus(parsed, context))) {
				print(team.status(), out);
			}
		}
		case "log" -> {
			none(words, action);
			try (TeamRepository team = TeamRepository.open(corpus(parsed, context))) {
				for (HistoryEntry entry : team.log(parsed.option("--document"), parsed.positiveInt("--max", 50))) {
					out.println(entry.commit() + "  " + WHEN.format(entry.when()) + "  " + entry.author() + "  "
							+ entry.message());
					entry.changes().forEach(c -> out.println("    " + c));
				}
			}
		}
		case "restore" -> {
			if (words.size() != 2) {
				throw new UsageException("restore needs <commit> <file>");
			}
			try (TeamRepository team = TeamRepository.open(corpus(parsed, context))) {
				team.restore(words.get(1), words.get(0));
				out.println("Restored " + words.get(1) + " as of " + words.get(0) + "; sync to share it");
			}
		}
		case "resolve-copies" -> {
			none(words, action);
			Path corpus = corpus(parsed, context);
			Corpus.open(corpus);
			return resolveCopies(corpus, context);
		}
		default -> throw new UsageException("unknown action '" + action
				+ "' (share, clone, sync, status, log, restore or resolve-copies)");
		}
		return ExitCodes.OK;
	}

	private static int report(SyncResult result, CommandContext context) {
		PrintStream out = context.out();
		out.println("Committed " + result.committed().size() + " files, received " + result.received().size()
				+ ", pushed" + (result.attempts() > 1 ? " (after " + result.attempts() + " tries: the remote moved on)"
						: ""));
		result.notSent().forEach(p -> out.println("  not sent (another annotator's set, changed here): " + p));
		result.notes().forEach(n -> out.println("  note: " + n));
		result.conflicts().forEach(c -> context.err().println("policyannotator team: conflict: " + c));
		return result.conflicts().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
	}

	private static void print(TeamStatus status, PrintStream out) {
		out.println("Branch:    " + status.branch());
		out.println("Remote:    " + status.remote().orElse("(none)"));
		out.println("Ahead:     " + status.ahead() + " commits not pushed yet");
		out.println("Behind:    " + status.behind() + " commits fetched, not merged yet");
		out.println("Changed:   " + status.changed().size() + " files not committed yet");
		status.changed().forEach(c -> out.println("  " + c));
		out.println("Conflicts: " + status.conflictFiles().size() + " conflict files");
		status.conflictFiles().forEach(c -> out.println("  " + c));
		out.println("Copies:    " + status.conflictedCopies().size()
				+ " conflicted copies of file-sync services (merge them: team resolve-copies)");
		status.conflictedCopies().forEach(c -> out.println("  " + c));
	}

	/** Merges every conflicted copy into its original; 1 when conflicts are left for the user. */
	private static int resolveCopies(Path corpus, CommandContext context) throws java.io.IOException {
		List<ConflictedCopies.Copy> copies = ConflictedCopies.find(corpus);
		int conflicts = 0;
		for (ConflictedCopies.Copy copy : copies) {
			ConflictedCopies.Resolution outcome = ConflictedCopies.resolve(corpus, copy);
			context.out().println("Merged " + copy.copy() + " into " + copy.original()
					+ (outcome.conflicts().isEmpty() ? "" : " (" + outcome.conflicts().size() + " conflicts)"));
			outcome.notes().forEach(n -> context.out().println("  note: " + n));
			outcome.conflicts().forEach(c -> context.err().println("policyannotator team: conflict: " + c));
			conflicts += outcome.conflicts().size();
		}
		context.out().println(copies.isEmpty() ? "No conflicted copies in " + corpus
				: "Merged " + copies.size() + " conflicted copies");
		return conflicts == 0 ? ExitCodes.OK : ExitCodes.FAILED;
	}

	/**
	 * The user name and password (or token) for {@code remote}: from the environment, else what the workbench
	 * remembered in secure storage for its host.
	 */
	Optional<Credentials> credentials(Optional<String> remote) throws TeamException {
		String user = environment.get(USER_VARIABLE);
		String password = environment.get(PASSWORD_VARIABLE);
		if (user != null && !user.isBlank() && password != null) {
			return Optional.of(new Credentials(user, password.toCharArray()));
		}
		if (remote.isEmpty() || !CredentialStore.needsCredentials(remote.get())) {
			return Optional.empty();
		}
		return CredentialStore.standard(environment).find(remote.get());
	}

	/** A remote as given; a relative path is taken from the folder the command runs in. */
	private static String remote(String remote, CommandContext context) {
		boolean url = remote.contains("://") || remote.matches("^[^/\\\\]+:.*");
		return url ? remote : context.resolve(remote).toString();
	}

	private static Path corpus(Arguments parsed, CommandContext context) {
		Optional<String> given = parsed.option("--corpus");
		if (given.isPresent()) {
			return context.resolve(given.get());
		}
		return Corpus.enclosing(context.workingDirectory()).orElseThrow(() -> new UsageException(
				"--corpus is required outside a corpus folder (" + context.workingDirectory() + ")"));
	}

	private static void none(List<String> words, String action) {
		if (!words.isEmpty()) {
			throw new UsageException(action + " takes no further words: " + String.join(" ", words));
		}
	}
}

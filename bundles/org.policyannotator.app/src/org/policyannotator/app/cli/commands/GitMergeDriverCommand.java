package org.policyannotator.app.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SetFiles;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.team.merge.ConflictFile;
import org.policyannotator.team.merge.MergeConflict;
import org.policyannotator.team.merge.MergeResult;
import org.policyannotator.team.merge.SetMerge;

/**
 * {@code git-merge-driver %O %A %B %P}: Git's custom merge driver for annotation sets. Merges annotation by
 * annotation into {@code %A}; on a conflict the set keeps our version (valid JSON, never conflict markers), the
 * other versions go to a conflict file beside the set, and the exit code 1 tells Git the file is conflicted.
 */
public final class GitMergeDriverCommand implements Subcommand {

	@Override
	public String name() {
		return "git-merge-driver";
	}

	@Override
	public String summary() {
		return "merge two versions of an annotation set for Git, annotation by annotation";
	}

	@Override
	public String usage() {
		return """
				usage: policyannotator git-merge-driver <base> <ours> <theirs> <path>
				  Git runs it as the merge driver of annotation sets (%O %A %B %P): the merge is written to <ours>.
				  Added on one side: kept. Deleted on one side, unchanged on the other: deleted. Changed on both
				  sides differently: a conflict; the set keeps our version and the conflict file
				  .<name>.conflicts.json beside <path> holds what each side had. Exit 0 merged, 1 conflicts.
				  Set it up once per clone:
				    git config merge.policyannotator.name "Policy Annotator annotation sets"
				    git config merge.policyannotator.driver "/path/to/policyannotator git-merge-driver %O %A %B %P"
				  and in the corpus's .gitattributes:
				    annotations/**/*.json merge=policyannotator""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.size() != 4) {
			throw new UsageException("needs four arguments: <base> <ours> <theirs> <path> (Git's %O %A %B %P)");
		}
		Path basePath = context.resolve(args.get(0));
		Path oursPath = context.resolve(args.get(1));
		Path theirsPath = context.resolve(args.get(2));
		String path = args.get(3);
		AnnotationSet base = read(basePath, path, true);
		AnnotationSet ours = read(oursPath, path, false);
		AnnotationSet theirs = read(theirsPath, path, false);
		MergeResult result = SetMerge.merge(base, ours, theirs);
		SetFiles.write(result.merged(), oursPath, true);
		Path conflictFile = context.resolve(path).resolveSibling(ConflictFile.nameFor(Path.of(path).getFileName()
				.toString()));
		for (String note : result.notes()) {
			context.err().println("policyannotator git-merge-driver: " + path + ": " + note);
		}
		if (result.clean()) {
			// conflicts of an earlier merge, still in the conflict file, wait for the user's decision
			return ExitCodes.OK;
		}
		AtomicFiles.write(conflictFile, ConflictFile.accumulate(conflictFile, ConflictFile.encode(path, result, base,
				ours, theirs)));
		for (MergeConflict conflict : result.conflicts()) {
			context.err().println("policyannotator git-merge-driver: " + path + ": conflict on "
					+ conflict.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + conflict.id() + ": "
					+ conflict.what());
		}
		context.err().println("policyannotator git-merge-driver: " + path + ": our versions are kept; theirs are in "
				+ conflictFile);
		return ExitCodes.FAILED;
	}

	/** A version of the set; Git gives an empty base when the two sides made the file independently. */
	private static AnnotationSet read(Path file, String path, boolean mayBeEmpty) throws CorpusException {
		try {
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length == 0 && mayBeEmpty) {
				return null;
			}
			return SetFiles.decode(bytes, Path.of(path));
		} catch (CorpusException e) {
			throw e;
		} catch (java.io.IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
	}
}

package org.policyannotator.team.git;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SSH remote is refused with a message saying what to use instead, before anything is written. */
class SshRemoteTest {
	@TempDir
	Path temp;

	@Test
	void sshUrlsAndScpLikeRemotesAreRefusedClearlyAndNothingIsCloned() {
		for (String remote : new String[] { "ssh://git@example.org/team/corpus.git", "git@example.org:team/corpus.git",
				"git+ssh://example.org/corpus" }) {
			Path into = temp.resolve("clone-" + Math.abs(remote.hashCode()));
			TeamException e = assertThrows(TeamException.class,
					() -> TeamRepository.clone(remote, into, Optional.empty(), Progress.NONE));
			assertTrue(e.getMessage().startsWith(remote + ": SSH remotes are not supported"), e.getMessage());
			assertTrue(e.getMessage().contains("HTTPS"), e.getMessage());
			assertFalse(Files.exists(into), "nothing cloned for " + remote);
		}
	}

	@Test
	void foldersAndHttpsUrlsAreNotTakenForSsh() throws TeamException {
		TeamRepository.refuseSsh("/mnt/shared/corpus.git");
		TeamRepository.refuseSsh("https://user@example.org/team/corpus.git");
		TeamRepository.refuseSsh("git://example.org/corpus.git");
	}
}

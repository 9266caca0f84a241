package org.policyannotator.team.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An HTTP remote on loopback that needs a password: without one or with a wrong one the user is told the remote
 * wants credentials (never shown the password) and nothing is left behind; with the right one two colleagues
 * exchange their sets.
 */
class CredentialsTest {
	private static final String TOKEN = "s3cret-token-4711";

	@TempDir
	Path temp;

	@Test
	void anHttpRemoteThatNeedsAPasswordAsksForItRefusesAWrongOneAndWorksWithTheRightOne() throws Exception {
		Assumptions.assumeTrue(HttpGitServer.available(), "no git http-backend");
		Path served = temp.resolve("served");
		Files.createDirectories(served);
		assertEquals(0, new ProcessBuilder("git", "init", "-q", "--bare", "-b", "main", served.resolve("news.git")
				.toString()).start().waitFor());
		try (HttpGitServer server = new HttpGitServer(served, "ana", TOKEN)) {
			String url = server.url("news.git");
			Path one = Colleagues.corpus(temp.resolve("one"));

			TeamException none = assertThrows(TeamException.class,
					() -> TeamRepository.share(one, Optional.of(url), Optional.empty(), Progress.NONE));
			assertTrue(none.credentialsRefused(), none.getMessage());
			assertTrue(none.getMessage().contains(url), none.getMessage());

			Credentials right = new Credentials("ana", TOKEN.toCharArray());
			TeamRepository.share(one, Optional.of(url), Optional.of(right), Progress.NONE).close();

			Path two = temp.resolve("two");
			TeamException wrong = assertThrows(TeamException.class, () -> TeamRepository.clone(url, two,
					Optional.of(new Credentials("ana", "guess".toCharArray())), Progress.NONE));
			assertTrue(wrong.credentialsRefused(), wrong.getMessage());
			assertFalse(wrong.getMessage().contains("guess"), "the password is never shown: " + wrong.getMessage());
			assertFalse(Files.exists(two), "nothing left of the failed clone");

			TeamRepository.clone(url, two, Optional.of(right), Progress.NONE).close();
			Colleagues.exchange(one, two, Optional.of(right));

			try (TeamRepository team = TeamRepository.open(two)) {
				TeamException refused = assertThrows(TeamException.class, () -> team.sync("again",
						Optional.of(new Credentials("ana", "old-token".toCharArray())), Progress.NONE));
				assertTrue(refused.credentialsRefused(), refused.getMessage());
			}
		}
	}
}

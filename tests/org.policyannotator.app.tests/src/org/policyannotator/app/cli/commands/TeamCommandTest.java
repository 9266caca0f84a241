package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.team.git.Credentials;
import org.policyannotator.ui.team.CredentialStore;

/** {@code team share|clone|sync|status|log} as a user types them, around a bare repository on a "shared drive". */
class TeamCommandTest {
	@TempDir
	Path temp;

	@Test
	void twoColleaguesShareCloneSyncAndReadTheHistory() throws Exception {
		CommandRun run = new CommandRun(temp);
		Path article = temp.resolve("article.txt");
		Files.writeString(article, "Seoul and Beijing agreed on a four-point proposal.\n\nTrade rose 24.5 percent.\n");
		assertEquals(0, run.line("corpus", "create", "ana"), run.err());
		assertEquals(0, run.line("import", "--corpus", "ana", article.toString()), run.err());
		assertEquals(0, run.line("team", "share", "--corpus", "ana", "--remote", "drive/news.git"), run.err());
		assertTrue(Files.isDirectory(temp.resolve("drive/news.git/refs")), "a bare repository on the drive");
		assertTrue(Files.readString(temp.resolve("ana/.gitignore")).contains("*.lock"));
		assertEquals(0, run.line("team", "clone", "drive/news.git", "ben"), run.err());
		assertTrue(Files.isRegularFile(temp.resolve("ben/corpus.json")));

		Files.writeString(temp.resolve("ana/notes.txt"), "guidelines v2\n");
		run.clear();
		assertEquals(0, run.line("team", "status", "--corpus", "ana"), run.err());
		assertTrue(run.out().contains("A notes.txt"), run.out());
		assertEquals(0, run.line("team", "sync", "--corpus", "ana", "-m", "Guidelines v2"), run.err());
		assertEquals(0, run.line("team", "sync", "--corpus", "ben"), run.err());
		assertEquals("guidelines v2\n", Files.readString(temp.resolve("ben/notes.txt")));
		run.clear();
		assertEquals(0, run.line("team", "log", "--corpus", "ben", "--max", "1"), run.err());
		assertTrue(run.out().contains("Guidelines v2") && run.out().contains("notes.txt: added"), run.out());
	}

	@Test
	void credentialsComeFromTheEnvironmentElseFromWhatTheWorkbenchRememberedForTheHost() throws Exception {
		String remote = "https://git.example.org/team/news.git";
		Path state = temp.resolve("state");
		new CredentialStore(state).remember("https://git.example.org/other.git",
				new Credentials("ana", "remembered-token".toCharArray()));

		Credentials stored = new TeamCommand(Map.of("POLICYANNOTATOR_HOME", state.toString()))
				.credentials(Optional.of(remote)).orElseThrow();
		assertEquals("ana", stored.user());
		assertEquals("remembered-token", new String(stored.password()));

		Credentials given = new TeamCommand(Map.of("POLICYANNOTATOR_HOME", state.toString(),
				"POLICYANNOTATOR_GIT_USER", "ben", "POLICYANNOTATOR_GIT_PASSWORD", "env-token"))
				.credentials(Optional.of(remote)).orElseThrow();
		assertEquals("ben", given.user());
		assertEquals("env-token", new String(given.password()));

		assertTrue(new TeamCommand(Map.of("POLICYANNOTATOR_HOME", state.toString()))
				.credentials(Optional.of("https://elsewhere.example.org/news.git")).isEmpty(), "another host");
		assertTrue(new TeamCommand(Map.of("POLICYANNOTATOR_HOME", state.toString()))
				.credentials(Optional.of(temp.resolve("drive/news.git").toString())).isEmpty(), "a folder needs none");
	}

	@Test
	void aCorpusThatIsNotSharedIsNamedInTheMessage() throws Exception {
		CommandRun run = new CommandRun(temp);
		assertEquals(0, run.line("corpus", "create", "solo"), run.err());
		assertEquals(1, run.line("team", "sync", "--corpus", "solo"));
		assertTrue(run.err().contains("solo") && run.err().contains("not shared"), run.err());
		assertEquals(2, run.line("team", "fly"));
	}
}

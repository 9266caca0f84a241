package org.policyannotator.ui.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.team.git.Credentials;

/** Passwords of HTTPS remotes in Eclipse secure storage: encrypted, per host, found again, forgotten. */
class CredentialStoreTest {
	private static final String TOKEN = "s3cret-token-4711";

	@TempDir
	Path temp;

	@Test
	void aRememberedPasswordIsEncryptedAndFoundAgainForTheSameHostOnly() throws Exception {
		CredentialStore store = new CredentialStore(temp.resolve("state"));
		assertTrue(store.find("https://git.example.org/team/news.git").isEmpty());
		store.remember("https://git.example.org/team/news.git", new Credentials("ana", TOKEN.toCharArray()));

		Credentials found = new CredentialStore(temp.resolve("state")).find("https://GIT.example.org/other/x.git")
				.orElseThrow();
		assertEquals("ana", found.user());
		assertArrayEquals(TOKEN.toCharArray(), found.password());
		assertTrue(store.find("https://git.example.org:8443/team/news.git").isEmpty(), "another port, another host");
		assertTrue(store.find("https://example.com/news.git").isEmpty());
		String onDisk = Files.readString(temp.resolve("state/secure_storage"), StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains(TOKEN), "the password is not stored in plain text");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
				temp.resolve("state/secure_storage.key"))));

		store.forget("https://git.example.org/team/news.git");
		assertTrue(store.find("https://git.example.org/team/news.git").isEmpty());
	}

	@Test
	void onlyHttpAndHttpsRemotesAskForAPassword() {
		assertTrue(CredentialStore.needsCredentials("https://git.example.org/news.git"));
		assertTrue(CredentialStore.needsCredentials("HTTP://git.example.org/news.git"));
		assertFalse(CredentialStore.needsCredentials("/mnt/shared/news.git"));
		assertFalse(CredentialStore.needsCredentials("ssh://git@example.org/news.git"));
		assertFalse(CredentialStore.needsCredentials("git://example.org/news.git"));
	}
}

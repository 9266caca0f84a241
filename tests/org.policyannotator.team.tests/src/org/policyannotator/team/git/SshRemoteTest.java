package org.policyannotator.team.git;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Optional;

import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.team.internal.Ssh;

/**
 * An SSH remote on loopback (Apache MINA sshd's server, started here and stopped after): with the user's key in
 * {@code ~/.ssh} and the server in {@code known_hosts} two colleagues share, clone and synchronise; an unknown host
 * and a key the server does not accept are refused with a message saying what to do, and nothing is left behind.
 */
class SshRemoteTest {
	@TempDir
	Path temp;
	private File originalHome;
	private Path ssh;
	private Path served;
	private KeyPair userKey;

	@BeforeEach
	void aHomeWithAKeyAndABareRepository() throws Exception {
		originalHome = FS.DETECTED.userHome();
		Path home = temp.resolve("home");
		ssh = home.resolve(".ssh");
		Files.createDirectories(ssh);
		FS.DETECTED.setUserHome(home.toFile());
		userKey = keyPair();
		Path identity = ssh.resolve("id_ecdsa");
		try (OutputStream out = Files.newOutputStream(identity)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "ana@test", null, out);
		}
		Files.setPosixFilePermissions(identity, PosixFilePermissions.fromString("rw-------"));
		served = temp.resolve("served");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(served.resolve("news.git").toFile()).call()
				.close();
	}

	@AfterEach
	void restoreHome() {
		FS.DETECTED.setUserHome(originalHome);
	}

	private static KeyPair keyPair() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		return generator.generateKeyPair();
	}

	@Test
	void withTheUsersKeyAndAKnownHostTwoColleaguesShareCloneAndSynchronise() throws Exception {
		try (SshGitServer server = new SshGitServer(served, temp.resolve("host.key"), "ana", userKey.getPublic())) {
			Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");
			String url = "ssh://ana@127.0.0.1:" + server.port() + "/news.git";
			Path one = Colleagues.corpus(temp.resolve("one"));
			TeamRepository.share(one, Optional.of(url), Optional.empty(), Progress.NONE).close();
			Path two = temp.resolve("two");
			TeamRepository.clone(url, two, Optional.empty(), Progress.NONE).close();
			Colleagues.exchange(one, two, Optional.empty());
		}
	}

	@Test
	void anUnknownHostIsRefusedWithAMessageSayingHowToMakeItKnown() throws Exception {
		try (SshGitServer server = new SshGitServer(served, temp.resolve("host.key"), "ana", userKey.getPublic())) {
			String url = "ssh://ana@127.0.0.1:" + server.port() + "/news.git";
			Path into = temp.resolve("clone");
			TeamException e = assertThrows(TeamException.class,
					() -> TeamRepository.clone(url, into, Optional.empty(), Progress.NONE));
			assertTrue(e.getMessage().startsWith(url), e.getMessage());
			assertTrue(e.getMessage().contains("is not in ~/.ssh/known_hosts"), e.getMessage());
			assertTrue(e.getMessage().contains("ssh-keyscan -p " + server.port() + " 127.0.0.1"), e.getMessage());
			assertFalse(Files.exists(into), "nothing cloned");
		}
	}

	@Test
	void aKeyTheServerDoesNotAcceptIsRefusedWithAMessageNamingTheKeys() throws Exception {
		try (SshGitServer server = new SshGitServer(served, temp.resolve("host.key"), "ana", keyPair().getPublic())) {
			Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");
			String url = "ssh://ana@127.0.0.1:" + server.port() + "/news.git";
			Path into = temp.resolve("clone");
			TeamException e = assertThrows(TeamException.class,
					() -> TeamRepository.clone(url, into, Optional.empty(), Progress.NONE));
			assertTrue(e.getMessage().contains("did not accept any of your keys in ~/.ssh"), e.getMessage());
			assertFalse(Files.exists(into), "nothing cloned");
		}
	}

	@Test
	void sshUrlsAndScpLikeRemotesAreTakenForSshButFoldersAndOtherUrlsAreNot() {
		assertTrue(Ssh.isSsh("ssh://git@example.org/team/corpus.git"));
		assertTrue(Ssh.isSsh("git@example.org:team/corpus.git"));
		assertTrue(Ssh.isSsh("git+ssh://example.org/corpus"));
		assertFalse(Ssh.isSsh("/mnt/shared/corpus.git"));
		assertFalse(Ssh.isSsh("https://user@example.org/team/corpus.git"));
		assertFalse(Ssh.isSsh("git://example.org/corpus.git"));
	}
}

package org.policyannotator.team.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A Git SSH remote on loopback: Apache MINA sshd's server, which lets in one user with one public key and runs
 * {@code git-upload-pack} and {@code git-receive-pack} on the bare repositories under a folder with JGit.
 */
final class SshGitServer implements AutoCloseable {
	private final SshServer server;
	private final Path root;

	/** Serves the repositories under {@code root} to {@code user} holding the private key of {@code userKey}. */
	SshGitServer(Path root, Path hostKey, String user, PublicKey userKey) throws IOException {
		this.root = root;
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
		server.setPublickeyAuthenticator((name, key, session) -> name.equals(user) && KeyUtils.compareKeys(key,
				userKey));
		server.setCommandFactory((channel, command) -> new GitCommand(command));
		server.start();
	}

	/** The port the server listens on. */
	int port() {
		return server.getPort();
	}

	/** The line of {@code ~/.ssh/known_hosts} that makes the server known. */
	String knownHostsLine() throws Exception {
		KeyPair key = server.getKeyPairProvider().loadKeys(null).iterator().next();
		return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key.getPublic());
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** {@code git-upload-pack '/news.git'} or {@code git-receive-pack '/news.git'}, run by JGit. */
	private final class GitCommand implements Command {
		private final String command;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		GitCommand(String command) {
			this.command = command;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment env) {
			Thread.ofVirtual().start(this::run);
		}

		private void run() {
			String[] words = command.split(" ", 2);
			String name = words.length < 2 ? "" : words[1].replace("'", "").replace("\"", "").replaceFirst("^/", "");
			try (Repository repository = new FileRepositoryBuilder().setGitDir(root.resolve(name).toFile())
					.setMustExist(true).build()) {
				switch (words[0]) {
				case "git-upload-pack" -> new UploadPack(repository).upload(in, out, err);
				case "git-receive-pack" -> new ReceivePack(repository).receive(in, out, err);
				default -> throw new IOException("not a Git command: " + command);
				}
				out.flush();
				exit.onExit(0);
			} catch (IOException | RuntimeException e) {
				exit.onExit(1, String.valueOf(e.getMessage()));
			}
		}

		@Override
		public void destroy(ChannelSession channel) {
			// the thread ends with its streams
		}
	}
}

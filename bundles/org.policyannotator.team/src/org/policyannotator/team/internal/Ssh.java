package org.policyannotator.team.internal;

import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.DefaultProxyDataFactory;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * SSH remotes through JGit's transport on Apache MINA sshd: the user's keys ({@code ~/.ssh/id_ed25519},
 * {@code id_ecdsa}, {@code id_rsa}, or as {@code ~/.ssh/config} says) and known hosts ({@code ~/.ssh/known_hosts});
 * an unknown or changed host key is refused, with a message saying how to make the host known.
 */
public final class Ssh {
	private static final Object LOCK = new Object();

	private Ssh() {
	}

	/**
	 * Makes JGit use the Apache MINA transport (inside OSGi its service loader does not find it): called before every
	 * operation on a remote, it does something only the first time.
	 */
	public static void install() {
		synchronized (LOCK) {
			if (!(SshSessionFactory.getInstance() instanceof SshdSessionFactory)) {
				SshSessionFactory.setInstance(new SshdSessionFactory(new JGitKeyCache(), new DefaultProxyDataFactory()));
			}
		}
	}

	/** Whether {@code remote} is an SSH URL ({@code ssh://}, {@code git+ssh://}) or scp-like ({@code git@host:path}). */
	public static boolean isSsh(String remote) {
		String lower = remote.strip().toLowerCase(Locale.ROOT);
		boolean scpLike = !lower.contains("://") && lower.matches("^[^/\\\\@]+@[^/\\\\:]+:.*");
		return lower.startsWith("ssh://") || lower.startsWith("git+ssh://") || lower.startsWith("ssh+git://")
				|| scpLike;
	}

	/**
	 * What a failure of an SSH connection means for the user, when it is about the host key or the user's keys;
	 * otherwise {@code message} as it is.
	 */
	public static String explain(String remote, String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		String host = "<host>";
		String port = "";
		try {
			URIish uri = new URIish(remote.strip());
			host = uri.getHost() == null ? host : uri.getHost();
			port = uri.getPort() > 0 ? "-p " + uri.getPort() + " " : "";
		} catch (URISyntaxException e) {
			// the placeholder says what to put
		}
		if (lower.contains("server key did not validate") || lower.contains("cannot be established")
				|| lower.contains("known_hosts") || lower.contains("known hosts") || lower.contains("host key")) {
			return "the SSH server's host key is not in ~/.ssh/known_hosts (or differs from the one there); check its "
					+ "fingerprint with the server's administrator, then make it known, e.g. by connecting once with "
					+ "ssh (ssh " + port + host + ") or with ssh-keyscan " + port + host + " >> ~/.ssh/known_hosts ("
					+ message + ")";
		}
		if (lower.contains("cannot log in") || lower.contains("no more keys") || lower.contains("no keys to try")
				|| lower.contains("no more authentication methods") || lower.contains("authentication")) {
			return "the SSH server did not accept any of your keys in ~/.ssh (id_ed25519, id_ecdsa, id_rsa or those "
					+ "~/.ssh/config names); give the server your public key, e.g. ~/.ssh/id_ed25519.pub (" + message
					+ ")";
		}
		return message;
	}
}

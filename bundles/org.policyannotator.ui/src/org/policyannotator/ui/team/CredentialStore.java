package org.policyannotator.ui.team;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.policyannotator.team.git.Credentials;
import org.policyannotator.team.git.TeamException;

/**
 * User names and passwords (or tokens) of HTTPS remotes in Eclipse secure storage ({@link ISecurePreferences}): the
 * password is encrypted in {@code secure_storage} of the Policy Annotator folder, with a master key that is made once
 * at random and kept beside it in {@code secure_storage.key}, readable by the user only. One entry per host (scheme,
 * host and port), as Git's credential helpers keep them. Nothing is ever written in plain text.
 */
public final class CredentialStore {
	private static final String NODE = "org.policyannotator.team";
	private static final String USER = "user";
	private static final String PASSWORD = "password";

	private final Path storage;
	private final Path keyFile;

	/** The store in {@code folder} (made when something is remembered). */
	public CredentialStore(Path folder) {
		this.storage = folder.resolve("secure_storage");
		this.keyFile = folder.resolve("secure_storage.key");
	}

	/**
	 * The user's store, in the folder where Policy Annotator keeps its state: {@code POLICYANNOTATOR_HOME}, else
	 * {@code $XDG_DATA_HOME/policyannotator}, else {@code ~/.local/share/policyannotator} (as the launcher).
	 */
	public static CredentialStore standard() {
		return standard(System.getenv());
	}

	/** Like {@link #standard()}, with the variables of {@code environment}. */
	public static CredentialStore standard(Map<String, String> environment) {
		String home = environment.get("POLICYANNOTATOR_HOME");
		if (home != null && !home.isBlank()) {
			return new CredentialStore(Path.of(home));
		}
		String data = environment.get("XDG_DATA_HOME");
		Path base = data != null && !data.isBlank() ? Path.of(data)
				: Path.of(System.getProperty("user.home"), ".local", "share");
		return new CredentialStore(base.resolve("policyannotator"));
	}

	/** Whether {@code remote} is a URL that may ask for a user name and password (HTTP or HTTPS). */
	public static boolean needsCredentials(String remote) {
		String lower = remote.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://");
	}

	/** The credentials remembered for the host of {@code remote}. */
	public Optional<Credentials> find(String remote) throws TeamException {
		if (!needsCredentials(remote) || !Files.exists(storage)) {
			return Optional.empty();
		}
		try {
			ISecurePreferences root = open(false);
			String path = path(remote);
			if (!root.nodeExists(path)) {
				return Optional.empty();
			}
			ISecurePreferences node = root.node(path);
			String user = node.get(USER, null);
			String password = node.get(PASSWORD, null);
			return user == null || password == null ? Optional.empty()
					: Optional.of(new Credentials(user, password.toCharArray()));
		} catch (StorageException | IOException e) {
			throw new TeamException(storage + ": cannot read the remembered password for " + host(remote) + ": "
					+ e.getMessage(), e);
		} catch (RuntimeException e) {
			throw new TeamException(storage + ": Eclipse secure storage is not available here (" + e
					+ "); set POLICYANNOTATOR_GIT_USER and POLICYANNOTATOR_GIT_PASSWORD instead", e);
		}
	}

	/** Remembers {@code credentials} for the host of {@code remote}, the password encrypted. */
	public void remember(String remote, Credentials credentials) throws TeamException {
		try {
			ISecurePreferences root = open(true);
			ISecurePreferences node = root.node(path(remote));
			node.put(USER, credentials.user(), false);
			node.put(PASSWORD, new String(credentials.password()), true);
			root.flush();
		} catch (StorageException | IOException e) {
			throw new TeamException(storage + ": cannot remember the password for " + host(remote) + ": "
					+ e.getMessage(), e);
		}
	}

	/** Forgets what was remembered for the host of {@code remote} (e.g. a password the server refused). */
	public void forget(String remote) throws TeamException {
		if (!Files.exists(storage)) {
			return;
		}
		try {
			ISecurePreferences root = open(false);
			String path = path(remote);
			if (root.nodeExists(path)) {
				root.node(path).removeNode();
				root.flush();
			}
		} catch (IOException e) {
			throw new TeamException(storage + ": cannot forget the password for " + host(remote) + ": "
					+ e.getMessage(), e);
		}
	}

	private ISecurePreferences open(boolean create) throws IOException {
		Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterKey(create)),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences root = SecurePreferencesFactory.open(storage.toUri().toURL(), options);
		if (root == null) {
			throw new IOException("Eclipse secure storage is not available");
		}
		return root;
	}

	/** The master key: read, or made at random (readable by the user only) the first time one is needed. */
	private char[] masterKey(boolean create) throws IOException {
		if (!Files.exists(keyFile)) {
			if (!create) {
				throw new IOException(keyFile + " (the key of the secure storage) is missing");
			}
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			Files.createDirectories(keyFile.getParent());
			Path fresh = Files.createTempFile(keyFile.getParent(), ".secure_storage", ".tmp");
			try {
				Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
			} catch (UnsupportedOperationException e) {
				fresh.toFile().setReadable(false, false);
				fresh.toFile().setReadable(true, true);
			}
			Files.writeString(fresh, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
			try {
				Files.move(fresh, keyFile);
			} catch (FileAlreadyExistsException e) {
				// another process made it first: use theirs
			} finally {
				Files.deleteIfExists(fresh);
			}
		}
		return read();
	}

	private char[] read() throws IOException {
		String key = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
		if (key.isEmpty()) {
			throw new IOException(keyFile + " (the key of the secure storage) is empty");
		}
		return key.toCharArray();
	}

	private static String path(String remote) {
		return NODE + "/" + EncodingUtils.encodeSlashes(host(remote));
	}

	/** Scheme, host and port of {@code remote}: the remembered password serves every repository of that host. */
	static String host(String remote) {
		try {
			URI uri = new URI(remote.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT) + "://";
			String host = uri.getHost() == null ? remote.strip() : uri.getHost().toLowerCase(Locale.ROOT);
			return scheme + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
		} catch (URISyntaxException e) {
			return remote.strip();
		}
	}
}

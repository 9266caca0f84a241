package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.policyannotator.analysis.exercise.internal.Folders;
import org.policyannotator.analysis.exercise.internal.ZipDirectory;

/**
 * Extracts a zip that comes from someone else (an exercise package, a submission) and refuses it, before anything
 * is left on disk, when it is not a zip, or an entry name is absolute, has a drive letter, a backslash, a control
 * character, or a {@code ..} segment, when an entry is a symbolic link, when two entries have the same name, when
 * there are more entries than allowed, or when an entry or all entries together inflate to more bytes than allowed
 * (counted while inflating, so a zip bomb is stopped as soon as it passes the limit).
 */
public final class SafeZip {
	private SafeZip() {
	}

	/**
	 * Extracts {@code zip} into the folder {@code newFolder}, which must not exist; on any problem the folder is
	 * removed again and nothing is left.
	 *
	 * @return the extracted file names (with {@code /}), in zip order
	 * @throws UnsafeZipException when the zip is refused (the message names the zip and the entry)
	 * @throws IOException        when reading or writing fails
	 */
	public static List<String> extract(Path zip, Path newFolder, ZipLimits limits) throws IOException {
		if (!Files.isRegularFile(zip)) {
			throw new UnsafeZipException(zip, Files.exists(zip) ? "is not a file" : "does not exist");
		}
		Set<String> symlinks = ZipDirectory.symlinks(zip, limits);
		Files.createDirectory(newFolder);
		boolean done = false;
		try (ZipFile file = open(zip)) {
			List<String> names = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			long total = 0;
			int count = 0;
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				if (++count > limits.maxEntries()) {
					throw new UnsafeZipException(zip, "has more than " + limits.maxEntries() + " entries");
				}
				checkName(zip, name);
				if (symlinks.contains(name)) {
					throw new UnsafeZipException(zip, name, "is a symbolic link; links are not accepted");
				}
				String key = stripSlash(name).toLowerCase(Locale.ROOT);
				if (!seen.add(key)) {
					throw new UnsafeZipException(zip, name, "occurs twice (names must be unique, ignoring case)");
				}
				Path target = newFolder.resolve(stripSlash(name)).normalize();
				if (!target.startsWith(newFolder) || target.equals(newFolder)) {
					throw new UnsafeZipException(zip, name, "would be written outside the target folder");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				total += copy(file, entry, target, zip, limits, total);
				names.add(stripSlash(name));
			}
			done = true;
			return names;
		} finally {
			if (!done) {
				Folders.deleteRecursively(newFolder);
			}
		}
	}

	private static ZipFile open(Path zip) throws UnsafeZipException {
		try {
			return new ZipFile(zip.toFile());
		} catch (ZipException e) {
			throw new UnsafeZipException(zip, "not a valid zip file (" + e.getMessage() + ")");
		} catch (IOException e) {
			throw new UnsafeZipException(zip, "cannot be opened as a zip file (" + e.getMessage() + ")");
		}
	}

	private static long copy(ZipFile file, ZipEntry entry, Path target, Path zip, ZipLimits limits, long before)
			throws IOException {
		long written = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = file.getInputStream(entry);
				OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				written += n;
				if (written > limits.maxEntryBytes()) {
					throw new UnsafeZipException(zip, entry.getName(), "inflates to more than "
							+ limits.maxEntryBytes() + " bytes (limit per entry)");
				}
				if (before + written > limits.maxTotalBytes()) {
					throw new UnsafeZipException(zip, entry.getName(), "makes the zip inflate to more than "
							+ limits.maxTotalBytes() + " bytes in all (limit for the whole zip)");
				}
				out.write(buffer, 0, n);
			}
		} catch (ZipException e) {
			throw new UnsafeZipException(zip, entry.getName(), "is corrupt (" + e.getMessage() + ")");
		}
		return written;
	}

	private static void checkName(Path zip, String name) throws UnsafeZipException {
		if (name.isEmpty() || name.equals("/")) {
			throw new UnsafeZipException(zip, name, "has an empty name");
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				throw new UnsafeZipException(zip, name, "has a control character in its name");
			}
		}
		if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
			throw new UnsafeZipException(zip, name, "has an absolute path");
		}
		if (name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
			throw new UnsafeZipException(zip, name, "has a '\\' or ':' in its name (not a portable path)");
		}
		for (String segment : stripSlash(name).split("/", -1)) {
			if (segment.equals("..")) {
				throw new UnsafeZipException(zip, name, "escapes the target folder with '..'");
			}
			if (segment.isEmpty() || segment.equals(".")) {
				throw new UnsafeZipException(zip, name, "has an empty or '.' path segment");
			}
		}
	}

	private static String stripSlash(String name) {
		return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
	}
}

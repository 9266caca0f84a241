package org.policyannotator.model.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** A corpus file could not be read or written; the message names the file and the problem. */
public class CorpusException extends IOException {
	private static final long serialVersionUID = 1L;
	private final transient Path file;

	/** A problem with {@code file}. */
	public CorpusException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
	}

	/** A problem with {@code file} caused by {@code cause}. */
	public CorpusException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** The file concerned. */
	public Path file() {
		return file;
	}

	/**
	 * What went wrong in {@code e}, for a message that already names a file: the system's reason ("No space left
	 * on device", "Permission denied") and the file it concerns when that is another one, without Java class names.
	 * The temporary file of an atomic write of {@code file} counts as {@code file}: users never see its hidden name.
	 */
	public static String reason(Path file, IOException e) {
		if (e instanceof java.nio.file.NoSuchFileException missing) {
			return "no such file or folder: " + missing.getFile();
		}
		if (e instanceof java.nio.file.FileSystemException system) {
			String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
					: system.getReason() == null ? "cannot be written or read" : system.getReason();
			String other = system.getFile();
			return other == null || isSameFile(file, Path.of(other)) ? reason : other + ": " + reason;
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** Whether {@code other} is {@code file} or the temporary file an atomic write of it uses. */
	private static boolean isSameFile(Path file, Path other) {
		if (file == null) {
			return true;
		}
		Path target = file.toAbsolutePath().normalize();
		Path candidate = other.toAbsolutePath().normalize();
		if (candidate.equals(target)) {
			return true;
		}
		String name = candidate.getFileName() == null ? "" : candidate.getFileName().toString();
		return java.util.Objects.equals(candidate.getParent(), target.getParent())
				&& org.policyannotator.model.internal.io.AtomicFiles.isTemporary(name)
				&& name.startsWith("." + target.getFileName() + ".");
	}
}

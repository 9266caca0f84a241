package org.policyannotator.model;

/**
 * What a file looked like when it was read: enough to notice that another program changed or replaced it since.
 *
 * @param size          length in bytes
 * @param modifiedNanos last modification time in nanoseconds since the epoch
 * @param fileKey       the file system's identity of the file (inode), empty when the file system has none
 */
public record FileStamp(long size, long modifiedNanos, String fileKey) {
}

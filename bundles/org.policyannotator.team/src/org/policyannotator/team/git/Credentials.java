package org.policyannotator.team.git;

/**
 * A user name and password (or access token) for an HTTPS remote. Kept in memory only: callers take them from the
 * user or from secure storage, never from a plain file.
 *
 * @param user     the user name
 * @param password the password or token
 */
public record Credentials(String user, char[] password) {
}

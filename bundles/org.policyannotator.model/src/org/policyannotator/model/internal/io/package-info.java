/**
 * Not API: file formats (JSON codecs), atomic writes and locks used by the corpus. Exported only for tests and the
 * benchmark.
 */
package org.policyannotator.model.internal.io;

/**
 * A corpus on disk ({@link org.policyannotator.model.corpus.Corpus}): atomic, locked, versioned JSON files with
 * deterministic output, validated on loading.
 */
package org.policyannotator.model.corpus;

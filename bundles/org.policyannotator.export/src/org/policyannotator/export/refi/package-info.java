/**
 * REFI-QDA (QDA-XML) exchange: codebooks ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}) as ATLAS.ti,
 * MAXQDA, NVivo, QualCoder and Taguette read and write them; the code book of a project file ({@code .qde}, or
 * {@code project.qde} inside a {@code .qdpx}) is read too.
 */
package org.policyannotator.export.refi;

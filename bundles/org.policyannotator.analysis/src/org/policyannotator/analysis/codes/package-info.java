/** How often each code of a codebook was applied, per document or per value of a document variable. */
package org.policyannotator.analysis.codes;

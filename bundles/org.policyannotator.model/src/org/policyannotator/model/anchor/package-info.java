/** Re-anchoring spans in a changed document text by exact, then fuzzy match; unplaceable spans become orphans. */
package org.policyannotator.model.anchor;

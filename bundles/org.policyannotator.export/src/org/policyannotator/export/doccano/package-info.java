/** doccano sequence labelling JSONL export, code point offsets. */
package org.policyannotator.export.doccano;

/** Label Studio task JSON export, code point offsets. */
package org.policyannotator.export.labelstudio;

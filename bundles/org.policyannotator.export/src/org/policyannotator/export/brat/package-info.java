/** brat standoff export (a folder of .txt, .ann and annotation.conf), code point offsets. */
package org.policyannotator.export.brat;

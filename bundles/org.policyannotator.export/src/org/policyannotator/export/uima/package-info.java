/** UIMA CAS JSON export as INCEpTION imports it, UTF-16 offsets. */
package org.policyannotator.export.uima;

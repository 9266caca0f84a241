/** W3C Web Annotation export: an AnnotationCollection with an embedded page, code point positions. */
package org.policyannotator.export.w3c;

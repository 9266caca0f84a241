/** How the team bundle talks to Git and merges trees of corpus files; not API. */
package org.policyannotator.team.internal;

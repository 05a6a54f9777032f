/** Small types every feature may use: not-found signalling and slugs. */
package org.evidencecatalogue.shared;

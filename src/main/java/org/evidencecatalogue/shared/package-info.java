/** Small types every feature may use: not-found signalling, slugs, partial dates and what every curated record has. */
package org.evidencecatalogue.shared;

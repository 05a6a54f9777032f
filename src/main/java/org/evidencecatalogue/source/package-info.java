/** Sources: the documents a record's facts came from, shown on every page they support. */
package org.evidencecatalogue.source;

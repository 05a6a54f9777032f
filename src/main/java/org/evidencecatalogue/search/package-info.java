/** Search over drugs, conditions, studies and discussion excerpts: PostgreSQL full text, synonyms, typos, facets. */
package org.evidencecatalogue.search;

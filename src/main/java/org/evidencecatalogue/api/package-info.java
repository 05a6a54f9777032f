/** The read-only JSON API under /api/v1, documented by OpenAPI at /v3/api-docs. */
package org.evidencecatalogue.api;

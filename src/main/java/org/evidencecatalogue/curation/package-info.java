/**
 * Curation: curators' accounts and sign-in, the security of the whole site, revision history, and what
 * every feature's curator pages share (forms with versions, rows, conflicts, history, soft delete).
 * Features use this module; it never uses them, it only finds their {@link RecordEditor}s.
 */
package org.evidencecatalogue.curation;

/** Drugs: names, aliases, approvals and safety. */
package org.evidencecatalogue.drug;

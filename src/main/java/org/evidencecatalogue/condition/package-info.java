/** Conditions: names, synonyms and their place among other conditions. */
package org.evidencecatalogue.condition;

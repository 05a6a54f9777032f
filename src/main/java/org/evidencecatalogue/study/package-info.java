/** Studies: citation, design, arms, outcomes and adverse events. */
package org.evidencecatalogue.study;

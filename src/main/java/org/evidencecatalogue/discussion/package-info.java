/** Discussion: excerpts of patient-forum posts, quoted with attribution and never presented as evidence. */
package org.evidencecatalogue.discussion;

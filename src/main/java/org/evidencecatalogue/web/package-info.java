/** What every page shares: the home page, layout, error pages and security of the public site. */
package org.evidencecatalogue.web;

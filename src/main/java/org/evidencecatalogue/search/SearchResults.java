package org.evidencecatalogue.search;

import java.util.List;

import org.evidencecatalogue.study.Design;

import org.springframework.web.util.HtmlUtils;

/**
 * One page of a search: its hits, how many records matched (exactly up to {@link SearchRequest#MAX_RESULTS},
 * beyond that only "more than"), the facets of the matches and how the text was read.
 *
 * @param request the search as asked
 * @param interpretation how its text and filters were read
 * @param matched the number of matches, at most {@link SearchRequest#MAX_RESULTS}
 * @param more whether more records match than were counted
 * @param hits this page's hits, best first (or newest first)
 * @param facets counts by kind, design, PEM requirement, decade, condition and drug among the counted matches
 * @param correction what the text was corrected to when it found nothing as typed, or null
 * @param suggestions drugs and conditions whose names the text starts or is, to go to directly
 */
public record SearchResults(SearchRequest request, Interpretation interpretation, int matched, boolean more,
        List<Hit> hits, Facets facets, Correction correction, List<Interpretation.NamedRecord> suggestions) {

    public int pageCount() {
        int pages = (this.matched + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE;
        return Math.max(pages, 1);
    }

    public boolean hasPrevious() {
        return this.request.page() > 1;
    }

    public boolean hasNext() {
        return this.request.page() < pageCount();
    }

    /** The number of the first hit on this page, counted from 1. */
    public int firstPosition() {
        return (this.request.page() - 1) * SearchRequest.PAGE_SIZE + 1;
    }

    /**
     * A record found. {@code title} and {@code snippet} are text split where the matched words begin and end,
     * so a page can mark them without ever treating the record's text as markup.
     */
    public record Hit(SearchKind kind, String slug, String path, List<Segment> title, List<Segment> snippet,
            Integer year, Design design, Boolean pemRequired, boolean retracted, double score) {

        /** The title as HTML: every piece escaped, the matched words in {@code <mark>}. */
        public String titleHtml() {
            return html(this.title);
        }

        /** The snippet as HTML, likewise. */
        public String snippetHtml() {
            return html(this.snippet);
        }

        // One string per hit instead of a template loop over its pieces: the loop was the larger part of
        // rendering a page of results.
        private static String html(List<Segment> segments) {
            StringBuilder html = new StringBuilder();
            for (Segment segment : segments) {
                String text = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
                html.append(segment.match() ? "<mark>" + text + "</mark>" : text);
            }
            return html.toString();
        }

    }

    /** A piece of text, and whether it is a matched word. */
    public record Segment(String text, boolean match) {
    }

    public record Facets(List<FacetValue> kinds, List<FacetValue> designs, List<FacetValue> pem,
            List<FacetValue> decades, List<FacetValue> conditions, List<FacetValue> drugs) {

        static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    }

    /** One value of a facet: the parameter value it sets, its label and how many of the matches have it. */
    public record FacetValue(String value, String label, int count) {
    }

    /** A search that found nothing as typed, and the text it was corrected to, which did find something. */
    public record Correction(String typed, String corrected) {
    }

}

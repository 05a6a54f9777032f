package org.evidencecatalogue.search;

import org.apache.tomcat.util.http.InvalidParameterException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /search}: a plain GET form and its results. htmx requests (live results as one types, facet links)
 * get the results fragment alone; everything else the whole page.
 */
@Controller
class SearchPages {

    /** The most characters of the text the page's title shows; longer text is cut and ends in "...". */
    static final int TITLE_LENGTH = 80;

    private final Search search;

    SearchPages(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String exact,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String condition,
            @RequestParam(required = false) String drug, @RequestParam(required = false) String design,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String pem, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        SearchRequest request = SearchRequest.parse(q, exact, kind, condition, drug, design, from, to, pem, sort,
                page);
        SearchResults results = this.search.search(request);
        model.addAttribute("results", results);
        model.addAttribute("request", results.request());
        model.addAttribute("typed", request.text());
        model.addAttribute("typedTitle", titleText(request.text()));
        if (htmx == null) {
            return "search/results";
        }
        // The address htmx pushes into the history: the search as typed, without the form's empty fields.
        response.setHeader("HX-Push-Url", request.pageUrl(request.page()));
        return "search/results :: results";
    }

    /** Text too long to search: the page again with a clear message, and the text kept in the box. */
    @ExceptionHandler(SearchTextTooLongException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String tooLong(SearchTextTooLongException ex, WebRequest webRequest, Model model) {
        model.addAttribute("tooLong", ex.getLength());
        model.addAttribute("typed", webRequest.getParameter("q"));
        model.addAttribute("typedTitle", titleText(webRequest.getParameter("q")));
        model.addAttribute("request", SearchRequest.parse(null, null, null, null, null, null, null, null, null,
                null, null));
        return "search/results";
    }

    /**
     * The text as the title shows it: cut after {@link #TITLE_LENGTH} characters counted as code points, so that
     * an emoji or other character outside the Basic Multilingual Plane is never split into half a surrogate pair
     * (which the response's encoder writes as "?").
     */
    static String titleText(String typed) {
        if (typed == null || typed.codePointCount(0, typed.length()) <= TITLE_LENGTH) {
            return typed;
        }
        return typed.substring(0, typed.offsetByCodePoints(0, TITLE_LENGTH - 3)) + "...";
    }

    /**
     * An address whose parameters the servlet container cannot decode (percent-encoding that is not UTF-8, such
     * as {@code %FF}): the empty page with a clear message, instead of an error logged with its stack trace.
     */
    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable(Model model) {
        model.addAttribute("unreadable", true);
        model.addAttribute("request", SearchRequest.parse(null, null, null, null, null, null, null, null, null,
                null, null));
        return "search/results";
    }

}

package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.evidencecatalogue.study.Design;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search as it travels in the URL: {@code q}, {@code exact}, {@code kind}, {@code condition} and {@code drug}
 * (slugs), {@code design}, {@code from} and {@code to} (years), {@code pem}, {@code sort} and {@code page}. Every
 * parameter is read leniently: a value that cannot be understood is dropped and named in {@link #ignored()}, so
 * an edited or stale link still gives results. Only text longer than {@link #MAX_TEXT_LENGTH} is refused.
 */
public final class SearchRequest {

    public static final int MAX_TEXT_LENGTH = 500;

    public static final int PAGE_SIZE = 20;

    /** Results beyond this many are not paged to; the count says "more than". */
    public static final int MAX_RESULTS = 1000;

    private final String text;

    private final boolean exact;

    private final SearchKind kind;

    private final String condition;

    private final String drug;

    private final Design design;

    private final Integer fromYear;

    private final Integer toYear;

    private final Boolean pemRequired;

    private final boolean newestFirst;

    private final int page;

    private final List<String> ignored;

    private SearchRequest(Builder builder) {
        this.text = builder.text;
        this.exact = builder.exact;
        this.kind = builder.kind;
        this.condition = builder.condition;
        this.drug = builder.drug;
        this.design = builder.design;
        this.fromYear = builder.fromYear;
        this.toYear = builder.toYear;
        this.pemRequired = builder.pemRequired;
        this.newestFirst = builder.newestFirst;
        this.page = builder.page;
        this.ignored = List.copyOf(builder.ignored);
    }

    /** Reads the raw parameters; throws {@link SearchTextTooLongException} for over-long text. */
    public static SearchRequest parse(String q, String exact, String kind, String condition, String drug,
            String design, String from, String to, String pem, String sort, String page) {
        Builder builder = new Builder();
        builder.text = cleanText(q);
        if (builder.text.codePointCount(0, builder.text.length()) > MAX_TEXT_LENGTH) {
            throw new SearchTextTooLongException(builder.text.codePointCount(0, builder.text.length()));
        }
        builder.exact = parseFlag(exact, "exact", builder.ignored);
        builder.kind = parseKind(kind, builder.ignored);
        builder.condition = parseSlug(condition, "condition", builder.ignored);
        builder.drug = parseSlug(drug, "drug", builder.ignored);
        builder.design = parseDesign(design, builder.ignored);
        builder.fromYear = parseYear(from, "from", builder.ignored);
        builder.toYear = parseYear(to, "to", builder.ignored);
        if (builder.fromYear != null && builder.toYear != null && builder.fromYear > builder.toYear) {
            Integer swap = builder.fromYear;
            builder.fromYear = builder.toYear;
            builder.toYear = swap;
        }
        builder.pemRequired = parsePem(pem, builder.ignored);
        builder.newestFirst = parseSort(sort, builder.ignored);
        builder.page = parsePage(page, builder.ignored);
        return new SearchRequest(builder);
    }

    /** The same search with other text, every filter kept, on the first page. */
    public SearchRequest withText(String newText) {
        Builder builder = toBuilder();
        builder.text = cleanText(newText);
        builder.page = 1;
        return new SearchRequest(builder);
    }

    /** The same search with a filter dropped because it names nothing in the catalogue. */
    SearchRequest withoutUnknown(String parameter) {
        Builder builder = toBuilder();
        switch (parameter) {
            case "condition" -> builder.condition = null;
            case "drug" -> builder.drug = null;
            default -> throw new IllegalArgumentException(parameter);
        }
        builder.ignored.add(parameter);
        return new SearchRequest(builder);
    }

    private Builder toBuilder() {
        Builder builder = new Builder();
        builder.text = this.text;
        builder.exact = this.exact;
        builder.kind = this.kind;
        builder.condition = this.condition;
        builder.drug = this.drug;
        builder.design = this.design;
        builder.fromYear = this.fromYear;
        builder.toYear = this.toYear;
        builder.pemRequired = this.pemRequired;
        builder.newestFirst = this.newestFirst;
        builder.page = this.page;
        builder.ignored.addAll(this.ignored);
        return builder;
    }

    /**
     * Control, surrogate and private-use code points (NUL among them, which PostgreSQL text cannot hold) become
     * spaces. Format characters are dropped: zero-width joiners and non-joiners sit inside words and emoji.
     */
    private static String cleanText(String q) {
        if (q == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(q.length());
        q.codePoints().forEach((c) -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                return;
            }
            boolean unreadable = type == Character.CONTROL || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || c == '\uFFFE' || c == '\uFFFF';
            cleaned.appendCodePoint(unreadable ? ' ' : c);
        });
        return cleaned.toString().strip();
    }

    private static boolean parseFlag(String value, String name, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> {
                ignored.add(name);
                yield false;
            }
        };
    }

    private static SearchKind parseKind(String value, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (SearchKind candidate : SearchKind.values()) {
            if (candidate.parameter().equalsIgnoreCase(value.strip())) {
                return candidate;
            }
        }
        ignored.add("kind");
        return null;
    }

    private static String parseSlug(String value, String name, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String slug = value.strip().toLowerCase(Locale.ROOT);
        if (slug.length() <= 160 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return slug;
        }
        ignored.add(name);
        return null;
    }

    private static Design parseDesign(String value, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Design candidate : Design.values()) {
            if (candidate.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return candidate;
            }
        }
        ignored.add("design");
        return null;
    }

    private static Integer parseYear(String value, String name, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (digits.matches("[0-9]{4}")) {
            int year = Integer.parseInt(digits);
            if (year >= 1800 && year <= 2200) {
                return year;
            }
        }
        ignored.add(name);
        return null;
    }

    private static Boolean parsePem(String value, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "required" -> true;
            case "not-required" -> false;
            default -> {
                ignored.add("pem");
                yield null;
            }
        };
    }

    private static boolean parseSort(String value, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> false;
            case "newest" -> true;
            default -> {
                ignored.add("sort");
                yield false;
            }
        };
    }

    private static int parsePage(String value, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        String digits = value.strip();
        if (digits.matches("[0-9]{1,4}")) {
            int number = Integer.parseInt(digits);
            int last = MAX_RESULTS / PAGE_SIZE;
            if (number >= 1 && number <= last) {
                return number;
            }
        }
        ignored.add("page");
        return 1;
    }

    public String text() {
        return this.text;
    }

    public boolean exact() {
        return this.exact;
    }

    public SearchKind kind() {
        return this.kind;
    }

    public String condition() {
        return this.condition;
    }

    public String drug() {
        return this.drug;
    }

    public Design design() {
        return this.design;
    }

    public Integer fromYear() {
        return this.fromYear;
    }

    public Integer toYear() {
        return this.toYear;
    }

    public Boolean pemRequired() {
        return this.pemRequired;
    }

    /** The {@code pem} parameter's value, or null. */
    public String pem() {
        if (this.pemRequired == null) {
            return null;
        }
        return this.pemRequired ? "required" : "not-required";
    }

    public boolean newestFirst() {
        return this.newestFirst;
    }

    /** The page, counted from 1. */
    public int page() {
        return this.page;
    }

    /** Names of the parameters that were dropped because they could not be understood. */
    public List<String> ignored() {
        return this.ignored;
    }

    public boolean hasFilters() {
        return this.kind != null || this.condition != null || this.drug != null || this.design != null
                || this.fromYear != null || this.toYear != null || this.pemRequired != null;
    }

    /** Whether there is anything to search for: text or at least one filter. */
    public boolean isEmpty() {
        return this.text.isEmpty() && !hasFilters();
    }

    /** This search's address on another page (counted from 1), everything else kept. */
    public String pageUrl(int pageNumber) {
        return url("page", (pageNumber > 1) ? String.valueOf(pageNumber) : null);
    }

    /** This search's address with one parameter set (null removes it), back on the first page. */
    public String with(String parameter, String value) {
        return url(parameter, value);
    }

    /** This search's address limited to a decade (its first year, e.g. "2010"), back on the first page. */
    public String withDecade(String decade) {
        int first = Integer.parseInt(decade);
        String url = url("from", String.valueOf(first));
        return UriComponentsBuilder.fromUriString(url).replaceQueryParam("to", first + 9).build().toUriString();
    }

    /** This search's address without one parameter, back on the first page. */
    public String without(String parameter) {
        return url(parameter, null);
    }

    private String url(String changed, String value) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
        param(builder, "q", this.text.isEmpty() ? null : this.text);
        param(builder, "exact", this.exact ? "true" : null);
        param(builder, "kind", (this.kind != null) ? this.kind.parameter() : null);
        param(builder, "condition", this.condition);
        param(builder, "drug", this.drug);
        param(builder, "design", (this.design != null) ? this.design.name() : null);
        param(builder, "from", (this.fromYear != null) ? this.fromYear.toString() : null);
        param(builder, "to", (this.toYear != null) ? this.toYear.toString() : null);
        param(builder, "pem", pem());
        param(builder, "sort", this.newestFirst ? "newest" : null);
        // The page is never carried over: a changed search starts on its first page.
        builder.replaceQueryParam(changed);
        if (value != null) {
            builder.queryParam(changed, value);
        }
        return builder.build().encode().toUriString();
    }

    /** Two requests are equal when they ask for the same page of the same search, ignored parameters included. */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SearchRequest that && this.exact == that.exact
                && this.newestFirst == that.newestFirst && this.page == that.page && this.text.equals(that.text)
                && this.kind == that.kind && Objects.equals(this.condition, that.condition)
                && Objects.equals(this.drug, that.drug) && this.design == that.design
                && Objects.equals(this.fromYear, that.fromYear) && Objects.equals(this.toYear, that.toYear)
                && Objects.equals(this.pemRequired, that.pemRequired) && this.ignored.equals(that.ignored));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.text, this.exact, this.kind, this.condition, this.drug, this.design, this.fromYear,
                this.toYear, this.pemRequired, this.newestFirst, this.page, this.ignored);
    }

    @Override
    public String toString() {
        return pageUrl(this.page) + (this.ignored.isEmpty() ? "" : " (ignored: " + this.ignored + ")");
    }

    private static void param(UriComponentsBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static final class Builder {

        private String text = "";

        private boolean exact;

        private SearchKind kind;

        private String condition;

        private String drug;

        private Design design;

        private Integer fromYear;

        private Integer toYear;

        private Boolean pemRequired;

        private boolean newestFirst;

        private int page = 1;

        private final List<String> ignored = new ArrayList<>();

    }

}

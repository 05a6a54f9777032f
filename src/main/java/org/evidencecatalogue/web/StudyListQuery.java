package org.evidencecatalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.evidencecatalogue.study.Design;
import org.evidencecatalogue.study.StudySort;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The study list's state as it travels in the URL. Every parameter is bound as text and read leniently, so a
 * hand-edited or stale link never fails: what cannot be understood is dropped and named in {@link #problems()}.
 */
public class StudyListQuery {

    private String condition;

    private String drug;

    private String design;

    private String from;

    private String to;

    private String pem;

    private String sort;

    private String page;

    private final List<String> problems = new ArrayList<>();

    public String getCondition() {
        return this.condition;
    }

    public void setCondition(String condition) {
        this.condition = blankToNull(condition);
    }

    public String getDrug() {
        return this.drug;
    }

    public void setDrug(String drug) {
        this.drug = blankToNull(drug);
    }

    public String getDesign() {
        return this.design;
    }

    public void setDesign(String design) {
        this.design = blankToNull(design);
    }

    public String getFrom() {
        return this.from;
    }

    public void setFrom(String from) {
        this.from = blankToNull(from);
    }

    public String getTo() {
        return this.to;
    }

    public void setTo(String to) {
        this.to = blankToNull(to);
    }

    public String getPem() {
        return this.pem;
    }

    public void setPem(String pem) {
        this.pem = blankToNull(pem);
    }

    public String getSort() {
        return this.sort;
    }

    public void setSort(String sort) {
        this.sort = blankToNull(sort);
    }

    public String getPage() {
        return this.page;
    }

    public void setPage(String page) {
        this.page = blankToNull(page);
    }

    public Optional<Design> designValue() {
        if (this.design == null) {
            return Optional.empty();
        }
        try {
            Design parsed = Design.valueOf(this.design.toUpperCase(Locale.ROOT));
            this.design = parsed.name();
            return Optional.of(parsed);
        }
        catch (IllegalArgumentException ex) {
            this.problems.add("design");
            this.design = null;
            return Optional.empty();
        }
    }

    public Integer fromYear() {
        Integer year = year(this.from, "from");
        if (year == null) {
            this.from = null;
        }
        return year;
    }

    public Integer toYear() {
        Integer year = year(this.to, "to");
        if (year == null) {
            this.to = null;
        }
        return year;
    }

    /** true for "required", false for "not-required", null for anything else. */
    public Boolean pemRequired() {
        if (this.pem == null) {
            return null;
        }
        return switch (this.pem) {
            case "required" -> true;
            case "not-required" -> false;
            default -> {
                this.problems.add("pem");
                this.pem = null;
                yield null;
            }
        };
    }

    public StudySort sortValue() {
        if (this.sort != null) {
            for (StudySort candidate : StudySort.values()) {
                if (candidate.name().equalsIgnoreCase(this.sort)) {
                    return candidate;
                }
            }
            this.problems.add("sort");
            this.sort = null;
        }
        return StudySort.NEWEST;
    }

    /** The zero-based page; the URL counts from 1. */
    public int pageIndex() {
        if (this.page == null) {
            return 0;
        }
        try {
            return Math.max(Integer.parseInt(this.page) - 1, 0);
        }
        catch (NumberFormatException ex) {
            this.problems.add("page");
            this.page = null;
            return 0;
        }
    }

    /** Names of the parameters that were dropped because they could not be understood. */
    public List<String> problems() {
        return this.problems;
    }

    void rejectCondition() {
        this.problems.add("condition");
        this.condition = null;
    }

    void rejectDrug() {
        this.problems.add("drug");
        this.drug = null;
    }

    public boolean hasFilters() {
        return this.condition != null || this.drug != null || this.design != null || this.from != null
                || this.to != null || this.pem != null;
    }

    /** This list's address on another page (1-based), everything else kept. */
    public String pageUrl(int pageNumber) {
        return builder().replaceQueryParam("page", (pageNumber > 1) ? pageNumber : null).build().encode().toUriString();
    }

    /** This list's address without one filter, back on the first page, for the "remove filter" links. */
    public String without(String parameter) {
        return builder().replaceQueryParam(parameter).replaceQueryParam("page").build().encode().toUriString();
    }

    private UriComponentsBuilder builder() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/studies");
        param(builder, "condition", this.condition);
        param(builder, "drug", this.drug);
        param(builder, "design", this.design);
        param(builder, "from", this.from);
        param(builder, "to", this.to);
        param(builder, "pem", this.pem);
        param(builder, "sort", this.sort);
        param(builder, "page", this.page);
        return builder;
    }

    private static void param(UriComponentsBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private Integer year(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1800 && year <= 2200) {
                return year;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        this.problems.add(name);
        return null;
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

}

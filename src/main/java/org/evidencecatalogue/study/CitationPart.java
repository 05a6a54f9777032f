package org.evidencecatalogue.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.evidencecatalogue.curation.ValueRules;
import org.evidencecatalogue.shared.InvalidValueException;

/** Where and by whom a study was published. Authors are typed one a line, in order. */
@ValueRules
public class CitationPart implements ValueRules.Checked {

    @NotBlank
    @Size(max = 500)
    private String title;

    @NotBlank
    @Size(max = 200)
    private String firstAuthor;

    @Size(max = 20000)
    private String authors;

    @Size(max = 300)
    private String journal;

    @NotNull
    @Min(1800)
    @Max(2200)
    private Integer year;

    @Size(max = 20)
    private String volume;

    @Size(max = 20)
    private String issue;

    @Size(max = 40)
    private String pages;

    @Size(max = 40)
    private String articleNumber;

    private LocalDate publishedOn;

    static CitationPart from(Study study) {
        CitationPart part = new CitationPart();
        Citation citation = study.getCitation();
        part.title = citation.title();
        part.firstAuthor = study.getFirstAuthor();
        part.authors = study.getAuthors().isEmpty() ? null : String.join("\n", study.getAuthors());
        part.journal = citation.journal();
        part.year = citation.year();
        part.volume = citation.volume();
        part.issue = citation.issue();
        part.pages = citation.pages();
        part.articleNumber = citation.articleNumber();
        part.publishedOn = citation.publishedOn();
        return part;
    }

    Citation citation() {
        return new Citation(this.title, this.journal, (this.year != null) ? this.year : 0, this.volume, this.issue,
                this.pages, this.articleNumber, this.publishedOn);
    }

    List<String> authorList() {
        List<String> list = new ArrayList<>();
        if (this.authors != null) {
            this.authors.lines().map(String::strip).filter((line) -> !line.isEmpty()).forEach(list::add);
        }
        return list;
    }

    /** study_author holds a name of at most 200 characters a row. */
    @Override
    public void checkValues(ValueRules.Check check) {
        check.that("authors", () -> {
            if (authorList().stream().anyMatch((author) -> author.length() > 200)) {
                throw new InvalidValueException("study.authors.tooLong", "An author's name is too long");
            }
        });
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFirstAuthor() {
        return this.firstAuthor;
    }

    public void setFirstAuthor(String firstAuthor) {
        this.firstAuthor = firstAuthor;
    }

    public String getAuthors() {
        return this.authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public String getJournal() {
        return this.journal;
    }

    public void setJournal(String journal) {
        this.journal = journal;
    }

    public Integer getYear() {
        return this.year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getVolume() {
        return this.volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public String getIssue() {
        return this.issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getPages() {
        return this.pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public String getArticleNumber() {
        return this.articleNumber;
    }

    public void setArticleNumber(String articleNumber) {
        this.articleNumber = articleNumber;
    }

    public LocalDate getPublishedOn() {
        return this.publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

}

package org.evidencecatalogue.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process checker must find what validator.w3.org/nu finds, or the page checks pass vacuously. */
class NuHtmlCheckerTest {

    private static final String VALID = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Valid</title></head>
            <body><main><h1>Valid</h1><p data-hx-get="/x">Fine</p></main></body>
            </html>
            """;

    @Test
    void acceptsAValidDocumentWithDataAttributes() {
        assertThat(NuHtmlChecker.errors(VALID)).isEmpty();
    }

    @Test
    void reportsUnknownAttributesDuplicateIdsAndBadNestingWithTheirLines() {
        String invalid = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Invalid</title></head>
                <body>
                <p id="a" hx-get="/x">One</p>
                <p id="a">Two <div>block in a paragraph</div></p>
                <table><tr><td>1</td><td>2</td></tr><tr><td colspan="3">3</td></tr></table>
                </body>
                </html>
                """;
        assertThat(NuHtmlChecker.errors(invalid)).anyMatch((error) -> error.contains("line 5") && error.contains("hx-get"))
            .anyMatch((error) -> error.contains("line 6") && error.contains("Duplicate ID"))
            .anyMatch((error) -> error.contains("line 7") && error.contains("Table column"));
    }

    @Test
    void checksAFragmentInsideAPageAndCountsItsOwnLines() {
        assertThat(NuHtmlChecker.errorsInFragment("<section aria-label=\"Results\"><p>Fine</p></section>")).isEmpty();
        assertThat(NuHtmlChecker.errorsInFragment("<section>\n<ul><p>Not a list item</p></ul>\n</section>"))
            .anyMatch((error) -> error.startsWith("error at line 2,"));
    }

    @Test
    void reportsAMissingTitle() {
        assertThat(NuHtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>"))
            .anyMatch((error) -> error.contains("title"));
    }

}

package org.evidencecatalogue.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.evidencecatalogue.support.SourceDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SourceDocumentsTest {

    @Test
    void copiesInTheRepositoryAreIdenticalToTheSharedSources() throws IOException {
        assumeTrue(Files.isDirectory(SourceDocuments.SHARED), "../shared/sources is not beside this checkout");
        List<Path> shared;
        try (Stream<Path> files = Files.list(SourceDocuments.SHARED)) {
            shared = files.sorted().toList();
        }
        assertThat(shared).isNotEmpty();
        for (Path file : shared) {
            Path copy = SourceDocuments.COPIES.resolve(file.getFileName());
            assertThat(copy).as("copy of " + file.getFileName()).exists();
            assertThat(Files.mismatch(file, copy)).as(file.getFileName() + " differs from its copy").isEqualTo(-1L);
        }
    }

    @Test
    void numbersAreFoundAsDigitsOrWordsButNotInsideOtherNumbers() {
        String text = "Sixteen out of the 17 patients; doses up to 2,400 mg/day; 95% CI: -4.1 to 7.2; 125 cases";
        assertThat(SourceDocuments.mentions(text, "16")).isTrue();
        assertThat(SourceDocuments.mentions(text, "17")).isTrue();
        assertThat(SourceDocuments.mentions(text, "2400")).isTrue();
        assertThat(SourceDocuments.mentions(text, "-4.1")).isTrue();
        assertThat(SourceDocuments.mentions(text, "7.2")).isTrue();
        assertThat(SourceDocuments.mentions(text, "12")).isFalse();
        assertThat(SourceDocuments.mentions(text, "25")).isFalse();
        assertThat(SourceDocuments.mentions(text, "7")).isFalse();
        assertThat(SourceDocuments.mentions(text, "4.1")).isTrue();
    }

}

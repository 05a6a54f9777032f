package org.evidencecatalogue.curation;

import org.junit.jupiter.api.Test;

import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The "add row" and "remove row" buttons, and what a forged button value gets: a bad request. */
class RowCommandTest {

    @Test
    void addsAndRemovesRowsByPath() {
        SnapshotTest.Sample form = new SnapshotTest.Sample("A", null, java.util.List.of(), null);
        RowCommand.parse("add:rows").applyTo(form);
        RowCommand.parse("add:rows").applyTo(form);
        form.getRows().get(0).setText("first");
        form.getRows().get(1).setText("second");
        RowCommand.parse("remove:rows:0").applyTo(form);
        assertThat(form.getRows()).extracting(SnapshotTest.Row::getText).containsExactly("second");
        RowCommand.parse("remove:rows:5").applyTo(form);
        assertThat(form.getRows()).hasSize(1);
    }

    @Test
    void refusesWhatNoButtonSends() {
        SnapshotTest.Sample form = new SnapshotTest.Sample("A", null, java.util.List.of(), null);
        for (String value : new String[] { "add", "remove:rows", "remove:rows:x", "drop:rows", "add:name", "add:tags",
                "add:class.classLoader", "add:rows[0].text", "add:../x" }) {
            assertThatExceptionOfType(ResponseStatusException.class).as(value)
                .isThrownBy(() -> RowCommand.parse(value).applyTo(form));
        }
    }

    @Test
    void aListNeverGrowsBeyondItsLimit() {
        SnapshotTest.Sample form = new SnapshotTest.Sample("A", null, java.util.List.of(), null);
        for (int i = 0; i < Rows.MAX_ROWS + 5; i++) {
            form.addRow("rows");
        }
        assertThat(form.getRows()).hasSize(Rows.MAX_ROWS);
    }

}

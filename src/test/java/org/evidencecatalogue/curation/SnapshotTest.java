package org.evidencecatalogue.curation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms flatten into labelled paths in their own order, and two snapshots compare field by field. */
class SnapshotTest {

    @Test
    void flattensNestedRowsPlainListsAndValuesInDeclarationOrder() {
        Sample sample = new Sample("Anakinra", new BigDecimal("1.5000"), List.of("a", "b"), Kind.BRAND);
        sample.getRows().add(new Row("Kineret"));
        sample.getRows().add(new Row(null));
        assertThat(Snapshot.of(sample).values()).containsExactly(
                java.util.Map.entry("name", "Anakinra"), java.util.Map.entry("amount", "1.5"),
                java.util.Map.entry("tags", "a; b"), java.util.Map.entry("kind", "Brand name"),
                java.util.Map.entry("rows[0].text", "Kineret"), java.util.Map.entry("rows[1].text", ""));
    }

    @Test
    void changesListEveryDifferingPathIncludingRemovedRows() {
        Sample before = new Sample("Anakinra", BigDecimal.ONE, List.of(), null);
        before.getRows().add(new Row("Kineret"));
        Sample after = new Sample("Anakinra", new BigDecimal("1.000"), List.of("x"), null);
        assertThat(Snapshot.of(after).changedFrom(Snapshot.of(before))).containsExactly("tags", "rows[0].text");
        assertThat(Snapshot.of(before).changedFrom(Snapshot.of(before))).isEmpty();
    }

    @Test
    void theVersionIsNotAValue() {
        Sample sample = new Sample("A", null, List.of(), null);
        sample.setVersion(7L);
        assertThat(Snapshot.of(sample).values()).doesNotContainKey("version");
    }

    enum Kind {

        BRAND;

        String label() {
            return "Brand name";
        }

    }

    public static class Sample implements RecordForm {

        private Long version;

        private final String name;

        private final BigDecimal amount;

        private final List<String> tags;

        private final Kind kind;

        private final List<Row> rows = new ArrayList<>();

        Sample(String name, BigDecimal amount, List<String> tags, Kind kind) {
            this.name = name;
            this.amount = amount;
            this.tags = tags;
            this.kind = kind;
        }

        @Override
        public Long getVersion() {
            return this.version;
        }

        @Override
        public void setVersion(Long version) {
            this.version = version;
        }

        public String getName() {
            return this.name;
        }

        public BigDecimal getAmount() {
            return this.amount;
        }

        public List<String> getTags() {
            return this.tags;
        }

        public Kind getKind() {
            return this.kind;
        }

        public List<Row> getRows() {
            return this.rows;
        }

    }

    public static class Row {

        private String text;

        public Row() {
        }

        Row(String text) {
            this.text = text;
        }

        public String getText() {
            return this.text;
        }

        public void setText(String text) {
            this.text = text;
        }

    }

}

package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.evidencecatalogue.search.Candidates.Candidate;
import org.evidencecatalogue.search.Candidates.Count;
import org.evidencecatalogue.search.SearchResults.FacetValue;
import org.evidencecatalogue.study.Design;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Ranking, paging and counting a search's candidates, as the page and the JSON API show them. */
class CandidatesTest {

    private static Candidate study(long id, Integer year, Design design, Boolean pem, double score, long[] conditions,
            long[] drugs) {
        return new Candidate(SearchKind.STUDY, id, year, design, pem, conditions, drugs, score);
    }

    private static Candidate other(SearchKind kind, long id, Integer year, double score, long... conditions) {
        return new Candidate(kind, id, year, null, null, conditions, new long[0], score);
    }

    @Test
    void relevanceRanksByScoreThenNewestThenKindAndId() {
        Candidates candidates = new Candidates(List.of(study(1, 2010, null, null, 0.5, new long[0], new long[0]),
                study(2, 2020, null, null, 0.5, new long[0], new long[0]), other(SearchKind.DRUG, 9, null, 2.0),
                study(3, null, null, null, 0.5, new long[0], new long[0]), other(SearchKind.DISCUSSION, 4, 2020, 0.5),
                study(5, 2020, null, null, 0.9, new long[0], new long[0])));
        assertThat(candidates.page(Candidates.RELEVANCE, 0, 20)).extracting(Candidate::recordId)
            .containsExactly(9L, 5L, 4L, 2L, 1L, 3L);
        assertThat(candidates.page(Candidates.NEWEST, 0, 20)).extracting(Candidate::recordId)
            .containsExactly(4L, 2L, 5L, 1L, 9L, 3L);
        assertThat(candidates.page(Candidates.RELEVANCE, 2, 3)).extracting(Candidate::recordId)
            .containsExactly(4L, 2L, 1L);
        assertThat(candidates.page(Candidates.RELEVANCE, 6, 20)).isEmpty();
    }

    @Test
    void onlyTheFirstThousandReadAreCountedAndOneMoreTellsThereAreMore() {
        List<Candidate> read = new ArrayList<>();
        for (int k = 1; k <= SearchRequest.MAX_RESULTS + 1; k++) {
            read.add(study(k, 2000 + k % 20, null, null, k, new long[0], new long[0]));
        }
        Candidates candidates = new Candidates(read);
        assertThat(candidates.matched()).isEqualTo(SearchRequest.MAX_RESULTS);
        assertThat(candidates.more()).isTrue();
        // The one read beyond the thousand has the best score, yet is neither shown nor counted.
        assertThat(candidates.page(Candidates.RELEVANCE, 0, 1)).extracting(Candidate::recordId)
            .containsExactly((long) SearchRequest.MAX_RESULTS);
        assertThat(candidates.kinds()).containsExactly(new FacetValue("study", "STUDY", SearchRequest.MAX_RESULTS));

        Candidates exactly = new Candidates(read.subList(0, SearchRequest.MAX_RESULTS));
        assertThat(exactly.matched()).isEqualTo(SearchRequest.MAX_RESULTS);
        assertThat(exactly.more()).isFalse();
    }

    @Test
    void facetsCountMostFirstThenByName() {
        Candidates candidates = new Candidates(List.of(
                study(1, 2011, Design.COHORT, true, 1, new long[] { 7, 3 }, new long[] { 40 }),
                study(2, 2019, Design.RANDOMISED_CONTROLLED_TRIAL, null, 1, new long[] { 3 }, new long[] { 41 }),
                study(3, 1999, Design.RANDOMISED_CONTROLLED_TRIAL, false, 1, new long[] { 7 }, new long[] { 40 }),
                other(SearchKind.DISCUSSION, 4, 2021, 1, 3), other(SearchKind.CONDITION, 3, null, 1, 3),
                other(SearchKind.DRUG, 40, null, 1)));
        assertThat(candidates.kinds()).containsExactly(new FacetValue("study", "STUDY", 3),
                new FacetValue("condition", "CONDITION", 1), new FacetValue("discussion", "DISCUSSION", 1),
                new FacetValue("drug", "DRUG", 1));
        assertThat(candidates.designs()).containsExactly(
                new FacetValue("RANDOMISED_CONTROLLED_TRIAL", Design.RANDOMISED_CONTROLLED_TRIAL.label(), 2),
                new FacetValue("COHORT", Design.COHORT.label(), 1));
        // Only studies report PEM; ties go by name.
        assertThat(candidates.pem()).containsExactly(new FacetValue("not-reported", "not-reported", 1),
                new FacetValue("not-required", "not-required", 1), new FacetValue("required", "required", 1));
        assertThat(candidates.decades()).containsExactly(new FacetValue("2020", "2020s", 1),
                new FacetValue("2010", "2010s", 2), new FacetValue("1990", "1990s", 1));
        // Studies and excerpts count for the conditions and drugs they are about; the condition's own record
        // does not. Ties go by id.
        assertThat(candidates.conditions(12)).containsExactly(new Count(3, 3), new Count(7, 2));
        assertThat(candidates.conditions(1)).containsExactly(new Count(3, 3));
        assertThat(candidates.drugs(12)).containsExactly(new Count(40, 2), new Count(41, 1));
    }

    @Test
    void everyPageAndFacetIsWhatSortingAndCountingAllWouldGive() {
        Random random = new Random(5);
        Design[] designs = Design.values();
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(1, SearchRequest.MAX_RESULTS + 2);
            boolean presorted = random.nextBoolean();
            List<Candidate> read = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                SearchKind kind = SearchKind.values()[random.nextInt(SearchKind.values().length)];
                Integer year = random.nextInt(8) == 0 ? null : 1990 + random.nextInt(36);
                // Few distinct scores, as postings have: ties go by year, kind and id.
                double score = presorted ? n - k / 7 : random.nextInt(5) / 4.0;
                // One candidate a record, as statements read them.
                read.add(new Candidate(kind, 1000 + (k * 7919L) % 1009, year, designs[random.nextInt(designs.length)],
                        null, ids(random), ids(random), score));
            }
            Candidates candidates = new Candidates(read);
            List<Candidate> counted = read.subList(0, Math.min(n, SearchRequest.MAX_RESULTS));
            for (Comparator<Candidate> order : List.of(Candidates.RELEVANCE, Candidates.NEWEST)) {
                List<Candidate> sorted = counted.stream().sorted(order).toList();
                int offset = random.nextInt(0, n + 5);
                int size = random.nextInt(1, 30);
                assertThat(candidates.page(order, offset, size))
                    .containsExactlyElementsOf(sorted.subList(Math.min(offset, sorted.size()),
                            Math.min(offset + size, sorted.size())));
                assertThat(candidates.page(order, 0, 20))
                    .containsExactlyElementsOf(sorted.subList(0, Math.min(20, sorted.size())));
            }
            int limit = random.nextInt(0, 15);
            assertThat(candidates.conditions(limit)).containsExactlyElementsOf(counts(counted, true, limit));
            assertThat(candidates.drugs(limit)).containsExactlyElementsOf(counts(counted, false, limit));
            Map<Integer, Long> decades = counted.stream()
                .filter((c) -> c.year() != null)
                .collect(Collectors.groupingBy((Candidate c) -> c.year() / 10 * 10,
                        () -> new TreeMap<Integer, Long>(Comparator.reverseOrder()), Collectors.counting()));
            assertThat(candidates.decades()).extracting(FacetValue::value, FacetValue::count)
                .containsExactlyElementsOf(decades.entrySet()
                    .stream()
                    .map((e) -> tuple(e.getKey().toString(), e.getValue().intValue()))
                    .toList());
        }
    }

    private static long[] ids(Random random) {
        return random.longs(random.nextInt(0, 4), 1, 40).distinct().toArray();
    }

    /** What the facet of linked records should hold: every count, most first, then by id. */
    private static List<Count> counts(List<Candidate> counted, boolean conditions, int limit) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Candidate candidate : counted) {
            if (candidate.kind() == SearchKind.STUDY || candidate.kind() == SearchKind.DISCUSSION) {
                for (long id : conditions ? candidate.conditionIds() : candidate.drugIds()) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet()
            .stream()
            .map((e) -> new Count(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingInt(Count::n).reversed().thenComparingLong(Count::id))
            .limit(limit)
            .toList();
    }

    @Test
    void nothingFoundCountsNothing() {
        Candidates none = new Candidates(List.of());
        assertThat(none.matched()).isZero();
        assertThat(none.more()).isFalse();
        assertThat(none.page(Candidates.RELEVANCE, 0, 20)).isEmpty();
        assertThat(none.kinds()).isEmpty();
        assertThat(none.decades()).isEmpty();
        assertThat(none.conditions(12)).isEmpty();
    }

}

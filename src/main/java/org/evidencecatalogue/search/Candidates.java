package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.evidencecatalogue.search.SearchResults.FacetValue;
import org.evidencecatalogue.study.Design;

/**
 * The matches of one search as {@code search/driven.sql} or {@code search/matches.sql} read them, at most
 * {@link SearchRequest#MAX_RESULTS} + 1, in the order read: the first {@link SearchRequest#MAX_RESULTS} are
 * ranked, paged and counted by facet; one more only tells that there are more. This is done here rather than in
 * the statement: for a common word, ranking and counting a thousand rows were most of the database's work, and
 * the application scales out where the database does not. A search runs this for every page it shows, so it is
 * written as plain loops over arrays.
 */
final class Candidates {

    /** The order of relevance: score, then newest, then by kind and id so that pages never overlap. */
    static final Comparator<Candidate> RELEVANCE = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        return (byScore != 0) ? byScore : newestFirst(a, b);
    };

    /** Newest first; records without a year last. */
    static final Comparator<Candidate> NEWEST = Candidates::newestFirst;

    private static final String[] PEM = { "required", "not-required", "not-reported" };

    private final Candidate[] counted;

    private final boolean more;

    Candidates(List<Candidate> read) {
        this.more = read.size() > SearchRequest.MAX_RESULTS;
        this.counted = read.subList(0, Math.min(read.size(), SearchRequest.MAX_RESULTS)).toArray(new Candidate[0]);
    }

    /** How many matched, up to {@link SearchRequest#MAX_RESULTS}. */
    int matched() {
        return this.counted.length;
    }

    /** Whether more matched than were counted. */
    boolean more() {
        return this.more;
    }

    /**
     * The counted matches from {@code offset}, at most {@code size} of them, in the given order (a total order: no
     * two candidates compare equal).
     */
    List<Candidate> page(Comparator<Candidate> order, int offset, int size) {
        if (offset >= this.counted.length) {
            return List.of();
        }
        int end = Math.min(this.counted.length, offset + size);
        Candidate[] best;
        if (end * 4 < this.counted.length) {
            // The first pages (most of what is asked): keep the best `end` in a heap, worst on top, rather than
            // sorting all. Candidates read from postings arrive in order already, and each then costs one
            // comparison with the top.
            PriorityQueue<Candidate> kept = new PriorityQueue<>(end + 1, order.reversed());
            for (Candidate candidate : this.counted) {
                if (kept.size() < end) {
                    kept.add(candidate);
                }
                else if (order.compare(candidate, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(candidate);
                }
            }
            best = kept.toArray(new Candidate[0]);
        }
        else {
            best = this.counted.clone();
        }
        Arrays.sort(best, order);
        return List.of(Arrays.copyOfRange(best, offset, end));
    }

    /** The counted matches by kind, most first (then by kind); the value is the kind's parameter. */
    List<FacetValue> kinds() {
        return byConstant(SearchKind.values(), Candidate::kind,
                (kind, n) -> new FacetValue(kind.parameter(), kind.name(), n), Comparator.comparing(FacetValue::label));
    }

    /** By design, most first (then by design's name), for those with a design. */
    List<FacetValue> designs() {
        return byConstant(Design.values(), Candidate::design,
                (design, n) -> new FacetValue(design.name(), design.label(), n),
                Comparator.comparing(FacetValue::value));
    }

    /** Counts by an enum's constant (none for null), most first, then by the given order. */
    private <E extends Enum<E>> List<FacetValue> byConstant(E[] constants, Function<Candidate, E> constant,
            BiFunction<E, Integer, FacetValue> value, Comparator<FacetValue> ties) {
        int[] counts = new int[constants.length];
        for (Candidate candidate : this.counted) {
            E of = constant.apply(candidate);
            if (of != null) {
                counts[of.ordinal()]++;
            }
        }
        List<FacetValue> values = new ArrayList<>();
        for (E of : constants) {
            if (counts[of.ordinal()] > 0) {
                values.add(value.apply(of, counts[of.ordinal()]));
            }
        }
        return mostFirst(values, ties);
    }

    /** Studies by whether they required post-exertional malaise: required, not-required or not-reported. */
    List<FacetValue> pem() {
        int[] counts = new int[PEM.length];
        for (Candidate candidate : this.counted) {
            if (candidate.kind() == SearchKind.STUDY) {
                counts[(candidate.pemRequired() == null) ? 2 : (candidate.pemRequired() ? 0 : 1)]++;
            }
        }
        List<FacetValue> values = new ArrayList<>();
        for (int k = 0; k < PEM.length; k++) {
            if (counts[k] > 0) {
                values.add(new FacetValue(PEM[k], PEM[k], counts[k]));
            }
        }
        return mostFirst(values, Comparator.comparing(FacetValue::value));
    }

    /** By decade, latest first, for those with a year. */
    List<FacetValue> decades() {
        int[] decades = new int[this.counted.length];
        int known = 0;
        for (Candidate candidate : this.counted) {
            if (candidate.year() != null) {
                decades[known++] = Math.floorDiv(candidate.year(), 10) * 10;
            }
        }
        Arrays.sort(decades, 0, known);
        List<FacetValue> values = new ArrayList<>();
        for (int end = known; end > 0;) {
            int start = end - 1;
            while (start > 0 && decades[start - 1] == decades[end - 1]) {
                start--;
            }
            values.add(new FacetValue(Integer.toString(decades[start]), decades[start] + "s", end - start));
            end = start;
        }
        return List.copyOf(values);
    }

    /** The conditions studies and excerpts among the matches are about, most often first (then by id). */
    List<Count> conditions(int limit) {
        return linked(true, limit);
    }

    /** The drugs likewise. */
    List<Count> drugs(int limit) {
        return linked(false, limit);
    }

    /**
     * Every linked id of the studies and excerpts, sorted, so that each id's count is the length of its run; the
     * {@code limit} longest runs are kept in order as they are found (most first, then by id).
     */
    private List<Count> linked(boolean conditions, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        int total = 0;
        for (Candidate candidate : this.counted) {
            if (candidate.kind() == SearchKind.STUDY || candidate.kind() == SearchKind.DISCUSSION) {
                total += (conditions ? candidate.conditionIds() : candidate.drugIds()).length;
            }
        }
        long[] ids = new long[total];
        int filled = 0;
        for (Candidate candidate : this.counted) {
            if (candidate.kind() == SearchKind.STUDY || candidate.kind() == SearchKind.DISCUSSION) {
                long[] linked = conditions ? candidate.conditionIds() : candidate.drugIds();
                System.arraycopy(linked, 0, ids, filled, linked.length);
                filled += linked.length;
            }
        }
        Arrays.sort(ids);
        Count[] top = new Count[limit];
        int kept = 0;
        for (int start = 0; start < ids.length;) {
            int end = start + 1;
            while (end < ids.length && ids[end] == ids[start]) {
                end++;
            }
            int n = end - start;
            // Ids come in ascending order, so a tie never displaces one already kept.
            if (kept < limit || n > top[kept - 1].n()) {
                int at = Math.min(kept, limit - 1);
                while (at > 0 && top[at - 1].n() < n) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = new Count(ids[start], n);
                kept = Math.min(kept + 1, limit);
            }
            start = end;
        }
        return List.of(Arrays.copyOf(top, kept));
    }

    private static List<FacetValue> mostFirst(List<FacetValue> values, Comparator<FacetValue> ties) {
        values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(ties));
        return List.copyOf(values);
    }

    private static int newestFirst(Candidate a, Candidate b) {
        Integer yearA = a.year();
        Integer yearB = b.year();
        if (yearA == null || yearB == null) {
            if (yearA != yearB) {
                return (yearA == null) ? 1 : -1;
            }
        }
        else if (!yearA.equals(yearB)) {
            return Integer.compare(yearB, yearA);
        }
        int byKind = a.kind().name().compareTo(b.kind().name());
        return (byKind != 0) ? byKind : Long.compare(a.recordId(), b.recordId());
    }

    /** One match: what ranking, paging and facets need. */
    record Candidate(SearchKind kind, long recordId, Integer year, Design design, Boolean pemRequired,
            long[] conditionIds, long[] drugIds, double score) {
    }

    /** A linked record's id and how many matches are about it. */
    record Count(long id, int n) {
    }

}

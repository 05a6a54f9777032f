package org.evidencecatalogue.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue at a glance for the home page: counts, the evidence map (drug × condition) and the studies
 * changed most recently. Aggregation is SQL's job here, so the page costs the same at any catalogue size.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceOverview {

    /** How many drugs (rows) and conditions (columns) the map shows: those with the most studies. */
    static final int MAP_SIZE = 12;

    private final JdbcClient jdbc;

    EvidenceOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts counts() {
        return this.jdbc.sql("""
                select (select count(*) from study where status <> 'DRAFT' and deleted_at is null) as studies,
                       (select count(*) from drug where deleted_at is null) as drugs,
                       (select count(*) from condition where deleted_at is null) as conditions,
                       (select count(*) from outcome o join study s on s.id = o.study_id
                        where s.status <> 'DRAFT' and s.deleted_at is null) as outcomes,
                       (select count(*) from discussion_excerpt where deleted_at is null) as excerpts""").query(Counts.class).single();
    }

    public EvidenceMap map() {
        List<Cell> cells = this.jdbc.sql("""
                with listed as (
                    select id from study where status <> 'DRAFT' and deleted_at is null
                ),
                pairs as (
                    select sd.drug_id, sc.condition_id, l.id as study_id
                    from listed l
                    join study_drug sd on sd.study_id = l.id
                    join drug d on d.id = sd.drug_id and d.deleted_at is null
                    join study_condition sc on sc.study_id = l.id
                    join condition c on c.id = sc.condition_id and c.deleted_at is null
                ),
                top_drugs as (
                    select drug_id from pairs group by drug_id order by count(distinct study_id) desc, drug_id limit :size
                ),
                top_conditions as (
                    select condition_id from pairs group by condition_id
                    order by count(distinct study_id) desc, condition_id limit :size
                ),
                study_direction as (
                    -- one verdict per study from its primary outcomes: mixed directions count as inconclusive,
                    -- and "no comparison" only when no primary outcome was compared
                    select o.study_id,
                           case when count(distinct o.direction) filter (where o.direction <> 'NOT_COMPARED') > 1
                                then 'INCONCLUSIVE'
                                else coalesce(min(o.direction) filter (where o.direction <> 'NOT_COMPARED'),
                                              min(o.direction))
                           end as direction
                    from outcome o
                    where o.kind = 'PRIMARY' and o.study_id in (select study_id from pairs)
                    group by o.study_id
                )
                select d.slug as drug_slug, d.name as drug_name, c.slug as condition_slug, c.name as condition_name,
                       count(distinct p.study_id) as studies,
                       count(distinct p.study_id) filter (where sd.direction = 'FAVOURS_INTERVENTION') as favours_intervention,
                       count(distinct p.study_id) filter (where sd.direction = 'NO_DIFFERENCE') as no_difference,
                       count(distinct p.study_id) filter (where sd.direction = 'FAVOURS_COMPARATOR') as favours_comparator,
                       count(distinct p.study_id) filter (where sd.direction = 'INCONCLUSIVE') as inconclusive,
                       count(distinct p.study_id) filter (where sd.direction = 'NOT_COMPARED') as not_compared,
                       count(distinct p.study_id) filter (where sd.direction is null) as no_primary
                from pairs p
                join drug d on d.id = p.drug_id
                join condition c on c.id = p.condition_id
                left join study_direction sd on sd.study_id = p.study_id
                where p.drug_id in (select drug_id from top_drugs)
                  and p.condition_id in (select condition_id from top_conditions)
                group by d.slug, d.name, c.slug, c.name
                order by d.name, c.name""").param("size", MAP_SIZE).query(Cell.class).list();
        return EvidenceMap.of(cells);
    }

    public List<RecentStudy> recentlyChanged(int limit) {
        return this.jdbc.sql("""
                select slug, title, first_author, publication_year, updated_at
                from study where status <> 'DRAFT' and deleted_at is null
                order by updated_at desc, id desc limit :limit""").param("limit", limit).query(RecentStudy.class).list();
    }

    public record Counts(long studies, long drugs, long conditions, long outcomes, long excerpts) {
    }

    public record RecentStudy(String slug, String title, String firstAuthor, int publicationYear, Instant updatedAt) {

        public LocalDate updatedOn() {
            return LocalDate.ofInstant(this.updatedAt, ZoneOffset.UTC);
        }

    }

    /** One cell of the map: how many studies tried a drug in a condition, and what their primary outcomes showed. */
    public record Cell(String drugSlug, String drugName, String conditionSlug, String conditionName, long studies,
            long favoursIntervention, long noDifference, long favoursComparator, long inconclusive, long notCompared,
            long noPrimary) {

        /** Each direction present with its number of studies, in a fixed order. */
        public Map<Direction, Long> directions() {
            Map<Direction, Long> directions = new LinkedHashMap<>();
            put(directions, Direction.FAVOURS_INTERVENTION, this.favoursIntervention);
            put(directions, Direction.NO_DIFFERENCE, this.noDifference);
            put(directions, Direction.FAVOURS_COMPARATOR, this.favoursComparator);
            put(directions, Direction.INCONCLUSIVE, this.inconclusive);
            put(directions, Direction.NOT_COMPARED, this.notCompared);
            return directions;
        }

        private static void put(Map<Direction, Long> directions, Direction direction, long count) {
            if (count > 0) {
                directions.put(direction, count);
            }
        }

    }

    public record Label(String slug, String name) {
    }

    /** The matrix: drugs down, conditions across, a cell where at least one study exists. */
    public record EvidenceMap(List<Label> drugs, List<Label> conditions, Map<String, Cell> cells) {

        static EvidenceMap of(List<Cell> cells) {
            Map<String, Label> drugs = new LinkedHashMap<>();
            Map<String, Label> conditions = new TreeMap<>();
            Map<String, Cell> byKey = new LinkedHashMap<>();
            for (Cell cell : cells) {
                drugs.putIfAbsent(cell.drugSlug(), new Label(cell.drugSlug(), cell.drugName()));
                conditions.putIfAbsent(cell.conditionName() + "\u0000" + cell.conditionSlug(),
                        new Label(cell.conditionSlug(), cell.conditionName()));
                byKey.put(cell.drugSlug() + "|" + cell.conditionSlug(), cell);
            }
            return new EvidenceMap(new ArrayList<>(drugs.values()), new ArrayList<>(conditions.values()), byKey);
        }

        public Cell cell(String drugSlug, String conditionSlug) {
            return this.cells.get(drugSlug + "|" + conditionSlug);
        }

        public boolean isEmpty() {
            return this.cells.isEmpty();
        }

    }

}

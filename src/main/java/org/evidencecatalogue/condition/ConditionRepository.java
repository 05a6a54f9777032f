package org.evidencecatalogue.condition;

import java.util.List;
import java.util.Optional;

import org.evidencecatalogue.shared.Choice;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface ConditionRepository extends Repository<Condition, Long> {

    @EntityGraph(attributePaths = "parent")
    List<Condition> findAllByOrderByName();

    @EntityGraph(attributePaths = "parent")
    List<Condition> findByDeletedAtIsNullOrderByName();

    @EntityGraph(attributePaths = { "parent", "sources" })
    Optional<Condition> findBySlug(String slug);

    List<Condition> findByParentOrderByName(Condition parent);

    @Query("select new org.evidencecatalogue.shared.Choice(c.slug, c.name) from Condition c where c.deletedAt is null order by c.name")
    List<Choice> findChoices();

    List<Condition> findByParentAndDeletedAtIsNullOrderByName(Condition parent);

    /** The id of a condition and of every condition below it in the hierarchy that was not deleted. */
    @Query(nativeQuery = true, value = """
            with recursive subtree(id) as (
                select id from condition where id = :id
                union
                select c.id from condition c join subtree s on c.parent_id = s.id where c.deleted_at is null
            )
            select id from subtree""")
    List<Long> idsOfSubtree(@Param("id") long id);

    Condition save(Condition condition);

    /** Live records whose pages would point to this condition if it were deleted: kinds of it, drug approvals, uses. */
    @Query(nativeQuery = true, value = """
            select (select count(*) from condition c where c.parent_id = :id and c.deleted_at is null)
                 + (select count(*) from (
                        select drug_id from drug_approval where condition_id = :id
                        union all select drug_id from drug_use where condition_id = :id) part
                    join drug d on d.id = part.drug_id where d.deleted_at is null)""")
    long countLiveUses(@Param("id") long id);

}

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

    @EntityGraph(attributePaths = { "parent", "sources" })
    Optional<Condition> findBySlug(String slug);

    List<Condition> findByParentOrderByName(Condition parent);

    @Query("select new org.evidencecatalogue.shared.Choice(c.slug, c.name) from Condition c order by c.name")
    List<Choice> findChoices();

    /** The id of a condition and of every condition below it in the hierarchy. */
    @Query(nativeQuery = true, value = """
            with recursive subtree(id) as (
                select id from condition where id = :id
                union
                select c.id from condition c join subtree s on c.parent_id = s.id
            )
            select id from subtree""")
    List<Long> idsOfSubtree(@Param("id") long id);

}

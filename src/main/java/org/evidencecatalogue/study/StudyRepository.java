package org.evidencecatalogue.study;

import java.util.List;
import java.util.Optional;

import org.evidencecatalogue.shared.Choice;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface StudyRepository extends Repository<Study, Long> {

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    @Query("select s from Study s where s.status <> StudyStatus.DRAFT order by s.citation.year desc, s.citation.title")
    List<Study> findAllListed();

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    Optional<Study> findBySlug(String slug);

    @Query("""
            select new org.evidencecatalogue.shared.Choice(s.slug, concat(s.firstAuthor, ' ', cast(s.citation.year as String)))
            from Study s where s.status <> StudyStatus.DRAFT order by s.firstAuthor, s.citation.year""")
    List<Choice> findChoices();

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    @Query("""
            select distinct s from Study s join s.drugs d
            where d.slug = :slug and s.status <> StudyStatus.DRAFT
            order by s.citation.year desc, s.citation.title""")
    List<Study> findListedByDrug(@Param("slug") String drugSlug);

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    @Query("""
            select distinct s from Study s join s.conditions c
            where c.id in :conditionIds and s.status <> StudyStatus.DRAFT
            order by s.citation.year desc, s.citation.title""")
    List<Study> findListedByConditions(@Param("conditionIds") List<Long> conditionIds);

}

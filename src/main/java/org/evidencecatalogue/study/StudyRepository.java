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
    @Query("select s from Study s where s.status <> StudyStatus.DRAFT and s.deletedAt is null order by s.citation.year desc, s.citation.title")
    List<Study> findAllListed();

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    Optional<Study> findBySlug(String slug);

    @Query("""
            select new org.evidencecatalogue.shared.Choice(s.slug, concat(s.firstAuthor, ' ', cast(s.citation.year as String)))
            from Study s where s.status <> StudyStatus.DRAFT and s.deletedAt is null
            order by s.firstAuthor, s.citation.year""")
    List<Choice> findChoices();

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    @Query("""
            select distinct s from Study s join s.drugs d
            where d.slug = :slug and s.status <> StudyStatus.DRAFT and s.deletedAt is null
            order by s.citation.year desc, s.citation.title""")
    List<Study> findListedByDrug(@Param("slug") String drugSlug);

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    @Query("""
            select distinct s from Study s join s.conditions c
            where c.id in :conditionIds and s.status <> StudyStatus.DRAFT and s.deletedAt is null
            order by s.citation.year desc, s.citation.title""")
    List<Study> findListedByConditions(@Param("conditionIds") List<Long> conditionIds);

    /** Every study, drafts and deleted ones included, for curators. */
    @Query("select s from Study s order by s.firstAuthor, s.citation.year, s.slug")
    List<Study> findAllForCuration();

    /** Studies curators may link to: drafts included, deleted ones not. */
    @Query("select s from Study s where s.deletedAt is null order by s.firstAuthor, s.citation.year, s.slug")
    List<Study> findLiveForCuration();

    boolean existsByDoiAndSlugNot(String doi, String slug);

    boolean existsByPmidAndSlugNot(String pmid, String slug);

    Study save(Study study);

    /** Other studies (deleted ones too: the constraint is on the table) registered under the same identifier. */
    @Query(nativeQuery = true, value = """
            select count(*) from study_registration r join study s on s.id = r.study_id
            where r.registry = :registry and r.identifier = :identifier and s.slug <> :slug""")
    long countRegistrationsElsewhere(@Param("registry") String registry, @Param("identifier") String identifier,
            @Param("slug") String slug);

}

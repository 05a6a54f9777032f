package org.evidencecatalogue.discussion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface DiscussionRepository extends Repository<DiscussionExcerpt, Long> {

    @EntityGraph(attributePaths = "source")
    @Query("select distinct e from DiscussionExcerpt e join e.studies s where s.slug = :slug and e.deletedAt is null order by e.threadTitle, e.positionInThread")
    List<DiscussionExcerpt> findByStudySlug(@Param("slug") String slug);

    @EntityGraph(attributePaths = "source")
    @Query("select distinct e from DiscussionExcerpt e join e.drugs d where d.slug = :slug and e.deletedAt is null order by e.threadTitle, e.positionInThread")
    List<DiscussionExcerpt> findByDrugSlug(@Param("slug") String slug);

    @EntityGraph(attributePaths = "source")
    @Query("select distinct e from DiscussionExcerpt e join e.conditions c where c.slug = :slug and e.deletedAt is null order by e.threadTitle, e.positionInThread")
    List<DiscussionExcerpt> findByConditionSlug(@Param("slug") String slug);

    @EntityGraph(attributePaths = "source")
    @Query("select e from DiscussionExcerpt e where e.deletedAt is null order by e.threadTitle, e.positionInThread")
    List<DiscussionExcerpt> findAllInThreadOrder();

    @EntityGraph(attributePaths = "source")
    @Query(value = """
            select e from DiscussionExcerpt e
            where e.deletedAt is null
              and (:drug is null or exists (select 1 from e.drugs d where d.slug = :drug))
              and (:study is null or exists (select 1 from e.studies s where s.slug = :study))
              and (:condition is null or exists (select 1 from e.conditions c where c.slug = :condition))
              and (:kind is null or e.kind = :kind)""",
            countQuery = """
            select count(e) from DiscussionExcerpt e
            where e.deletedAt is null
              and (:drug is null or exists (select 1 from e.drugs d where d.slug = :drug))
              and (:study is null or exists (select 1 from e.studies s where s.slug = :study))
              and (:condition is null or exists (select 1 from e.conditions c where c.slug = :condition))
              and (:kind is null or e.kind = :kind)""")
    Page<DiscussionExcerpt> findFiltered(@Param("drug") String drug, @Param("study") String study,
            @Param("condition") String condition, @Param("kind") DiscussionKind kind, Pageable pageable);

    Optional<DiscussionExcerpt> findBySlug(String slug);

    @Query("select e from DiscussionExcerpt e order by e.threadTitle, e.positionInThread, e.slug")
    List<DiscussionExcerpt> findAllForCuration();

    DiscussionExcerpt save(DiscussionExcerpt excerpt);

}

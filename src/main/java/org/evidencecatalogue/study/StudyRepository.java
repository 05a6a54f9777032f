package org.evidencecatalogue.study;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface StudyRepository extends Repository<Study, Long> {

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    List<Study> findAllByOrderByPublicationYearDescTitleAsc();

    @EntityGraph(attributePaths = { "conditions", "drugs" })
    Optional<Study> findBySlug(String slug);

}

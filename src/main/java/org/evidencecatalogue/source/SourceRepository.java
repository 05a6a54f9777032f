package org.evidencecatalogue.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

    List<Source> findAllByOrderByTitle();

    Optional<Source> findBySlug(String slug);

}

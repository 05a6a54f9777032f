package org.evidencecatalogue.drug;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface DrugRepository extends Repository<Drug, Long> {

    List<Drug> findAllByOrderByName();

    Optional<Drug> findBySlug(String slug);

}

package org.evidencecatalogue.drug;

import java.util.List;
import java.util.Optional;

import org.evidencecatalogue.shared.Choice;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface DrugRepository extends Repository<Drug, Long> {

    List<Drug> findAllByOrderByName();

    @Query("select new org.evidencecatalogue.shared.Choice(d.slug, d.name) from Drug d order by d.name")
    List<Choice> findChoices();

    Optional<Drug> findBySlug(String slug);

}

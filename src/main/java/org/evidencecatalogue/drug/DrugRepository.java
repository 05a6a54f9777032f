package org.evidencecatalogue.drug;

import java.util.List;
import java.util.Optional;

import org.evidencecatalogue.shared.Choice;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface DrugRepository extends Repository<Drug, Long> {

    List<Drug> findAllByOrderByName();

    @Query("select new org.evidencecatalogue.shared.Choice(d.slug, d.name) from Drug d where d.deletedAt is null order by d.name")
    List<Choice> findChoices();

    List<Drug> findByDeletedAtIsNullOrderByName();

    Optional<Drug> findBySlug(String slug);

    Drug save(Drug drug);

    /** Interventions in live studies that name this drug. */
    @Query(nativeQuery = true, value = """
            select count(*) from arm_intervention i
            join study_arm a on a.id = i.arm_id
            join study s on s.id = a.study_id
            where i.drug_id = :id and s.deleted_at is null""")
    long countLiveUses(@Param("id") long id);

}

package org.evidencecatalogue.drug;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface DrugUseRepository extends Repository<DrugUse, Long> {

    @Query("""
            select u from DrugUse u join fetch u.drug join fetch u.condition join fetch u.source
            where u.condition.id in :ids and u.drug.deletedAt is null order by u.drug.name, u.position""")
    List<DrugUse> findInConditions(@Param("ids") List<Long> conditionIds);

}

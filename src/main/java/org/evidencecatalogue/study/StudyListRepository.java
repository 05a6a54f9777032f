package org.evidencecatalogue.study;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StudyListRepository extends Repository<Study, Long>, JpaSpecificationExecutor<Study> {

    @Query("""
            select coalesce(min(s.citation.year), 0), coalesce(max(s.citation.year), 0)
            from Study s where s.status <> StudyStatus.DRAFT and s.deletedAt is null""")
    List<Object[]> yearBoundsRow();

    default int[] yearBounds() {
        Object[] row = yearBoundsRow().getFirst();
        return new int[] { ((Number) row[0]).intValue(), ((Number) row[1]).intValue() };
    }

}

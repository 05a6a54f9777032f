package org.evidencecatalogue.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface SourceRepository extends Repository<Source, Long> {

    List<Source> findAllByOrderByTitle();

    List<Source> findByDeletedAtIsNullOrderByTitle();

    Optional<Source> findBySlug(String slug);

    Source save(Source source);

    /** Parts of live records that name this source as theirs; links in source lists do not count. */
    @Query(nativeQuery = true, value = """
            select (select count(*) from outcome o join study s on s.id = o.study_id
                    where o.source_id = :id and s.deleted_at is null)
                 + (select count(*) from discussion_excerpt e where e.source_id = :id and e.deleted_at is null)
                 + (select count(*) from (
                        select drug_id from drug_approval where source_id = :id
                        union all select drug_id from drug_use where source_id = :id
                        union all select drug_id from drug_warning where source_id = :id
                        union all select drug_id from drug_adverse_reaction where source_id = :id) part
                    join drug d on d.id = part.drug_id where d.deleted_at is null)""")
    long countLiveUses(@Param("id") long id);

}

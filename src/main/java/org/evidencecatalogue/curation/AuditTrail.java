package org.evidencecatalogue.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records as they were at earlier revisions (Hibernate Envers). The state is mapped while the
 * revision's entities can still load their parts, inside one read-only transaction.
 */
@Component
public class AuditTrail {

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every revision of one record, oldest first. */
    @Transactional(readOnly = true)
    public <E, S> List<Revisioned<S>> revisions(Class<E> type, long id, Function<E, S> map) {
        List<?> rows = reader().createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
        List<Revisioned<S>> revisions = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Revision revision = (Revision) columns[1];
            revisions.add(new Revisioned<>(revision.getId(), revision.getChangedAt(), revision.getUsername(),
                    map.apply(type.cast(columns[0]))));
        }
        return revisions;
    }

    /** The record as it was when it had the given version. */
    @Transactional(readOnly = true)
    public <E, S> Optional<S> atVersion(Class<E> type, long id, long version, Function<E, S> map) {
        List<?> found = reader().createQuery()
            .forRevisionsOfEntity(type, true, false)
            .add(AuditEntity.id().eq(id))
            .add(AuditEntity.property("version").eq(version))
            .addOrder(AuditEntity.revisionNumber().desc())
            .setMaxResults(1)
            .getResultList();
        return found.stream().findFirst().map((entity) -> map.apply(type.cast(entity)));
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(this.entityManager);
    }

}

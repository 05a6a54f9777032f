package org.evidencecatalogue.curation.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CuratorAccountRepository extends Repository<CuratorAccount, Long> {

    Optional<CuratorAccount> findByUsername(String username);

    List<CuratorAccount> findAllByOrderByUsername();

    boolean existsByUsername(String username);

    long count();

    CuratorAccount save(CuratorAccount account);

}

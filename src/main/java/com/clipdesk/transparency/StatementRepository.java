package com.clipdesk.transparency;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StatementRepository extends JpaRepository<StatementOfReasons, Long>,
        JpaSpecificationExecutor<StatementOfReasons> {

    Optional<StatementOfReasons> findByDecisionKindAndDecisionId(DecisionKind decisionKind, long decisionId);
}

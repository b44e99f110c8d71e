package com.clipdesk.rules;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleRepository extends JpaRepository<Rule, Long> {

    List<Rule> findByModeInOrderById(Collection<RuleMode> modes);

    List<Rule> findAllByOrderByName();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByModeIn(Collection<RuleMode> modes);
}

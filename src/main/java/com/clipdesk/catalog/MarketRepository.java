package com.clipdesk.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MarketRepository extends JpaRepository<Market, String> {

    List<Market> findAllByOrderByCode();
}

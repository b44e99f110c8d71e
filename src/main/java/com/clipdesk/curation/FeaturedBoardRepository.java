package com.clipdesk.curation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeaturedBoardRepository extends JpaRepository<FeaturedBoard, Long> {

    Optional<FeaturedBoard> findByMarketCodeAndSurface(String marketCode, Surface surface);

    @Query("select distinct b.marketCode from FeaturedBoard b")
    List<String> boardMarkets();
}

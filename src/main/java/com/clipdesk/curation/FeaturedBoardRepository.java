package com.clipdesk.curation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeaturedBoardRepository extends JpaRepository<FeaturedBoard, Long> {

    Optional<FeaturedBoard> findByMarketCodeAndSurface(String marketCode, Surface surface);

    List<FeaturedBoard> findByMarketCodeIn(java.util.Collection<String> marketCodes);

    @Query("select distinct b.marketCode from FeaturedBoard b")
    List<String> boardMarkets();

    /** The boards of a market that hold the Moment in either stage. */
    @Query("select distinct s.board from FeaturedSlot s where s.momentId = :momentId")
    List<FeaturedBoard> findHolding(long momentId);
}

package com.clipdesk.curation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeaturedBoardRepository extends JpaRepository<FeaturedBoard, Long> {

    Optional<FeaturedBoard> findByMarketCodeAndSurfaceAndTitleKey(String marketCode, Surface surface, long titleKey);

    /** A market's title-page boards by title name: title id, name, draft size, published at. */
    @Query("""
            select b.title.id, b.title.name, (select count(s) from FeaturedSlot s where s.board = b
                and s.stage = com.clipdesk.curation.FeaturedSlot.Stage.DRAFT), b.publishedAt
            from FeaturedBoard b where b.marketCode = :market and b.surface = com.clipdesk.curation.Surface.TITLE_PAGE
            order by b.title.name, b.title.id""")
    List<Object[]> titlePages(String market);

    @Query("select distinct b.marketCode from FeaturedBoard b")
    List<String> boardMarkets();
}

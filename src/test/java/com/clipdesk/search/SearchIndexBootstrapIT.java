package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.Moment;
import com.clipdesk.member.Member;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** An index lost over a database with content is detected and rebuilt; a full one is left alone. */
@SpringBootTest
@ActiveProfiles("test")
class SearchIndexBootstrapIT {

    @Autowired
    TestData data;

    @Autowired
    SearchIndexBootstrap bootstrap;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void rebuildsAnEmptiedIndexAndFindsTheContentAgain() throws Exception {
        data.markets("JP");
        Episode episode = data.episode("Index " + System.nanoTime(), 1500);
        Member member = data.member("JP");
        String word = "lighthouse" + Long.toString(System.nanoTime(), 36);
        data.moment(episode, member, "The " + word + " scene at dawn", Set.of("JP"));
        assertThat(hits(word)).as("indexed on commit").isEqualTo(1);

        Search.mapping(entityManagerFactory).scope(Object.class).workspace().purge();
        assertThat(hits(word)).isZero();

        assertThat(bootstrap.rebuildIfEmpty()).isTrue();
        assertThat(hits(word)).isEqualTo(1);
        assertThat(bootstrap.rebuildIfEmpty()).as("a populated index is not rebuilt again").isFalse();
    }

    private long hits(String word) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            Search.session(em).workspace().refresh();
            return Search.session(em).search(Moment.class).where(f -> f.match().field("text").matching(word))
                    .fetchTotalHitCount();
        }
    }
}

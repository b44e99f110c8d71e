package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** market:XX is what members in XX see: a takedown there takes the item out of it at once, and only there. */
@SpringBootTest
@ActiveProfiles("test")
class TakedownSearchIT {

    @Autowired
    TestData data;

    @Autowired
    SearchService search;

    @Autowired
    TakedownService takedowns;

    @Test
    void marketFrNoLongerFindsAnFrTakedownWhileMarketUsStillDoes() {
        data.markets("FR", "US");
        String marker = "tk" + Long.toString(System.nanoTime(), 36);
        Episode episode = data.episode("Search takedown " + marker, 1800);
        Member creator = data.member("FR");
        long moment = data.moment(episode, creator, marker + " lighthouse duel", Set.of("FR", "US")).getId();
        long submission = data.submission(episode, creator, marker + " lighthouse theory", Set.of("FR", "US")).getId();
        String m = "moment:" + moment;
        String s = "submission:" + submission;

        TakedownView view = asLead(() -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment, "FR")));

        asLead(() -> {
            assertThat(ids(marker + " market:FR")).containsExactly(s);
            assertThat(ids(marker + " market:US")).containsExactlyInAnyOrder(m, s);
            assertThat(ids(marker + " takedown:yes")).containsExactly(m);
            assertThat(ids(marker + " takedown:no")).containsExactly(s);
            assertThat(ids(marker + " -market:FR")).containsExactly(m);
            SearchResult all = search.search(marker, SearchSort.NEWEST, 0, 10);
            assertThat(all.hits()).filteredOn(h -> h.id() == moment && h.kind() == SearchKind.MOMENT).singleElement()
                    .satisfies(h -> assertThat(h.takedownBadge()).isEqualTo("Taken down in FR"));
            assertThat(all.hits()).filteredOn(h -> h.id() == submission && h.kind() == SearchKind.SUBMISSION).singleElement()
                    .satisfies(h -> assertThat(h.takedownBadge()).isNull());
            // the market facet counts what clicking it finds
            assertThat(all.facets()).filteredOn(f -> f.field().equals("market")).singleElement()
                    .satisfies(f -> assertThat(f.values()).filteredOn(v -> v.value().equals("FR")).singleElement()
                            .satisfies(v -> assertThat(v.count()).isEqualTo(1)));
            return null;
        });

        asLead(() -> takedowns.lift(view.id(), view.version(), "Lawful after all"));
        asLead(() -> {
            assertThat(ids(marker + " market:FR")).containsExactlyInAnyOrder(m, s);
            assertThat(ids(marker + " takedown:yes")).isEmpty();
            return null;
        });

        asLead(() -> takedowns.takeDown(TakedownFixtures.everywhere(ContentKind.FANDOM_SUBMISSION, submission)));
        asLead(() -> {
            assertThat(ids(marker + " market:US")).containsExactly(m);
            assertThat(search.search(marker + " kind:submission", SearchSort.NEWEST, 0, 10).hits()).singleElement()
                    .satisfies(h -> assertThat(h.takedownBadge()).isEqualTo("Taken down everywhere"));
            return null;
        });
    }

    /** Hits as "moment:42", "submission:42" (ids are per table). */
    private List<String> ids(String query) {
        return search.search(query, SearchSort.NEWEST, 0, 50).hits().stream()
                .map(h -> h.kind().indexValue() + ":" + h.id()).toList();
    }

    private static <T> T asLead(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}

package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditEvent;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.audit.AuditLog.AuditFilter;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Saved searches: owner-only edits, sharing, audit, and hit counts within the viewer's markets. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchesIT {

    @Autowired
    TestData data;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    AuditLog audit;

    /** A word no other fixture has; usernames carry it too, so each test's owners are fresh. */
    String marker;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "FR");
        marker = "zqs" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        Episode episode = data.episode("Saved " + marker, 1800);
        Member creator = data.member("BR");
        data.moment(episode, creator, marker + " lighthouse in Brazil", Set.of("BR"));
        data.moment(episode, creator, marker + " lighthouse in Brazil and France", Set.of("BR", "FR"));
        data.moment(episode, creator, marker + " lighthouse in France", Set.of("FR"));
        data.submission(episode, creator, marker + " a French theory", Set.of("FR"));
    }

    @Test
    void savedSearchIsListedWithItsCountAndTheSameNameTwiceIsRefused() {
        String ana = user("ana");
        SavedSearchRow saved = as(ana, Set.of("BR"), () -> savedSearches.save("  Lighthouses ", marker + " lighthouse",
                SearchSort.NEWEST, false));
        assertThat(saved.name()).isEqualTo("Lighthouses");
        assertThat(saved.hits()).isEqualTo(2);
        assertThat(saved.mine()).isTrue();

        as(ana, Set.of("BR"), () -> {
            assertThat(savedSearches.list()).filteredOn(r -> r.id() == saved.id()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.query()).isEqualTo(marker + " lighthouse");
                        assertThat(r.sort()).isEqualTo(SearchSort.NEWEST);
                        assertThat(r.hits()).isEqualTo(2);
                        assertThat(r.shared()).isFalse();
                    });
            assertThatThrownBy(() -> savedSearches.save("lighthouses", marker, SearchSort.RELEVANCE, true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("You already have a saved search named \"lighthouses\"");
            assertThatThrownBy(() -> savedSearches.save(" ", marker, SearchSort.RELEVANCE, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> savedSearches.save("x".repeat(81), marker, SearchSort.RELEVANCE, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 80");
        });
        // another staff member may use the same name
        as(user("bia"), Set.of("BR"), () -> assertThat(
                savedSearches.save("Lighthouses", marker, SearchSort.RELEVANCE, false).name()).isEqualTo("Lighthouses"));
    }

    @Test
    void aQueryThatDoesNotParseIsRefusedWithItsMessageAndNothingIsSaved() {
        String ana = user("ana");
        as(ana, Set.of("BR"), () -> {
            assertThatThrownBy(() -> savedSearches.save("Broken", marker + " \"unclosed", SearchSort.RELEVANCE, false))
                    .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("quote is not closed");
            assertThatThrownBy(() -> savedSearches.save("Broken", "market:", SearchSort.RELEVANCE, false))
                    .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("needs a value");
            assertThat(savedSearches.list()).noneMatch(r -> r.name().equals("Broken"));
        });
    }

    @Test
    void sharedSearchesAreVisibleToOthersWithCountsInTheirOwnMarketsButOnlyTheOwnerChangesThem() {
        String admin = user("admin");
        String br = user("br");
        SavedSearchRow shared = as(admin, Set.of("*"), Role.ADMIN,
                () -> savedSearches.save("All lighthouses", marker + " lighthouse", SearchSort.RELEVANCE, true));
        SavedSearchRow secret = as(admin, Set.of("*"), Role.ADMIN,
                () -> savedSearches.save("Private", marker, SearchSort.RELEVANCE, false));
        assertThat(shared.hits()).as("the admin sees every market").isEqualTo(3);

        as(br, Set.of("BR"), () -> {
            List<SavedSearchRow> list = savedSearches.list();
            assertThat(list).extracting(SavedSearchRow::id).contains(shared.id()).doesNotContain(secret.id());
            SavedSearchRow seen = list.stream().filter(r -> r.id() == shared.id()).findFirst().orElseThrow();
            assertThat(seen.hits()).as("a BR moderator does not count the FR-only Moment").isEqualTo(2);
            assertThat(seen.mine()).isFalse();
            assertThat(seen.ownerUsername()).isEqualTo(admin);

            assertThatThrownBy(() -> savedSearches.rename(shared.id(), shared.version(), "Mine now"))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("Only " + admin + ", who saved \"All lighthouses\", can rename it");
            assertThatThrownBy(() -> savedSearches.share(shared.id(), shared.version(), false))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("can unshare it");
            assertThatThrownBy(() -> savedSearches.delete(shared.id(), shared.version()))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("can delete it");
            assertThatThrownBy(() -> savedSearches.delete(secret.id(), secret.version()))
                    .as("someone else's private search does not exist for them")
                    .isInstanceOf(com.clipdesk.shared.NotFoundException.class);
        });
        as(admin, Set.of("*"), Role.ADMIN, () -> assertThat(savedSearches.list())
                .filteredOn(r -> r.id() == shared.id()).singleElement()
                .satisfies(r -> assertThat(r.hits()).isEqualTo(3)));
    }

    @Test
    void aSharedSearchForMessagesTellsACuratorWhyItHasNoCount() {
        String moderator = user("mod");
        SavedSearchRow shared = as(moderator, Set.of("BR"),
                () -> savedSearches.save("Chat " + marker, marker + " kind:message", SearchSort.NEWEST, true));
        assertThat(shared.hits()).isNotNull();
        as(user("curator"), Set.of("BR"), Role.CURATOR, () -> {
            SavedSearchRow seen = savedSearches.list().stream().filter(r -> r.id() == shared.id()).findFirst()
                    .orElseThrow();
            assertThat(seen.hits()).isNull();
            assertThat(seen.problem()).contains("kind:message is searched by moderators");
            return seen;
        });
    }

    @Test
    void theOwnerRenamesSharesUnsharesAndDeletesAndEachChangeIsAudited() {
        String ana = user("ana");
        String other = user("other");
        SavedSearchRow saved = as(ana, Set.of("BR"), () -> savedSearches.save("Queue", marker, SearchSort.NEWEST, false));
        long id = saved.id();
        SavedSearchRow renamed = as(ana, Set.of("BR"), () -> savedSearches.rename(id, saved.version(), "Brazil queue"));
        assertThat(renamed.name()).isEqualTo("Brazil queue");
        SavedSearchRow sharedRow = as(ana, Set.of("BR"), () -> savedSearches.share(id, renamed.version(), true));
        as(other, Set.of("BR"), () -> assertThat(savedSearches.list()).extracting(SavedSearchRow::id).contains(id));
        SavedSearchRow unshared = as(ana, Set.of("BR"), () -> savedSearches.share(id, sharedRow.version(), false));
        as(other, Set.of("BR"), () -> assertThat(savedSearches.list()).extracting(SavedSearchRow::id)
                .doesNotContain(id));
        as(ana, Set.of("BR"), () -> savedSearches.delete(id, unshared.version()));
        as(ana, Set.of("BR"), () -> assertThat(savedSearches.list()).extracting(SavedSearchRow::id).doesNotContain(id));

        List<AuditEvent> events = as("auditor-" + marker, Set.of("*"), Role.AUDITOR, () -> audit.find(
                new AuditFilter(null, null, SavedSearches.SUBJECT, Long.toString(id), null, null),
                PageRequest.of(0, 20, Sort.by("id"))).getContent());
        assertThat(events).extracting(AuditEvent::getAction).containsExactly("SAVED_SEARCH_CREATED",
                "SAVED_SEARCH_RENAMED", "SAVED_SEARCH_SHARED", "SAVED_SEARCH_UNSHARED", "SAVED_SEARCH_DELETED");
        assertThat(events).extracting(AuditEvent::getActor).containsOnly(ana);
        assertThat(events.get(1).getSummary()).contains("\"Queue\" to \"Brazil queue\"");
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        String ana = user("ana");
        SavedSearchRow saved = as(ana, Set.of("BR"), () -> savedSearches.save("Old", marker, SearchSort.NEWEST, false));
        as(ana, Set.of("BR"), () -> {
            savedSearches.rename(saved.id(), saved.version(), "Newer");
            assertThatThrownBy(() -> savedSearches.rename(saved.id(), saved.version(), "Stale"))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("was changed by " + ana);
            assertThatThrownBy(() -> savedSearches.delete(saved.id(), saved.version()))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(savedSearches.list()).filteredOn(r -> r.id() == saved.id()).extracting(SavedSearchRow::name)
                    .containsExactly("Newer");
        });
    }

    private String user(String who) {
        return who + "-" + marker + "-" + System.nanoTime();
    }

    private static <T> T as(String username, Set<String> markets, Supplier<T> action) {
        return as(username, markets, Role.MODERATOR, action);
    }

    private static <T> T as(String username, Set<String> markets, Role role, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(username, Set.of(role), markets, () -> result.set(action.get()));
        return result.get();
    }

    private static void as(String username, Set<String> markets, Runnable action) {
        AsStaff.run(username, Set.of(Role.MODERATOR), markets, action);
    }
}

package com.clipdesk.search;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches: any staff member saves a query and sort under a name, privately or shared with
 * the team. Everyone sees their own and the team's shared ones, each with its hit count now and
 * within their own markets; only the owner renames, shares, unshares or deletes. Edits name the
 * version the staff member saw and fail with {@link ConcurrentEditException} when it changed.
 */
@Service
public class SavedSearches {

    static final String SUBJECT = "SAVED_SEARCH";

    private final SavedSearchRepository savedSearches;
    private final SearchService search;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    SavedSearches(SavedSearchRepository savedSearches, SearchService search, AuditLog audit, CurrentStaff currentStaff,
            Clock clock) {
        this.savedSearches = savedSearches;
        this.search = search;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /**
     * Saves the query under a name of the signed-in staff member's.
     *
     * @throws QuerySyntaxException when the query does not parse (nothing is saved)
     * @throws IllegalArgumentException for a missing or too long name, or one they already use
     */
    @Transactional
    public SavedSearchRow save(String name, String query, SearchSort sort, boolean shared) {
        SignedInStaff me = currentStaff.require(Role.values());
        String validName = SavedSearch.validName(name);
        String validQuery = SavedSearch.validQuery(query);
        long hits = search.search(validQuery, sort, 0, 1).total();
        requireFreeName(me, validName, null);
        SavedSearch saved = savedSearches.saveAndFlush(new SavedSearch(validName, validQuery, sort, me.username(),
                me.displayName(), shared, clock.instant()));
        audit.record("SAVED_SEARCH_CREATED", SUBJECT, saved.getId(), null, "Saved " + (shared ? "shared" : "private")
                + " search \"" + saved.getName() + "\": " + describe(saved));
        return row(saved, me, hits, null);
    }

    /** My saved searches and the team's shared ones, each with its current hit count in my markets. */
    @Transactional(readOnly = true)
    public List<SavedSearchRow> list() {
        SignedInStaff me = currentStaff.require(Role.values());
        return savedSearches.visibleTo(me.username()).stream().map(saved -> {
            try {
                // limit 1: only the total is wanted
                return row(saved, me, search.search(saved.getQuery(), saved.getSort(), 0, 1).total(), null);
            } catch (QuerySyntaxException e) {
                // the query language changed since it was saved: show why instead of failing the list
                return row(saved, me, null, e.getMessage());
            }
        }).toList();
    }

    /**
     * One saved search the signed-in staff member sees (theirs, or shared with the team), without its
     * hit count; e.g. to promote it to a rule on ingest.
     *
     * @return empty when there is none, or it is someone else's private one
     */
    @Transactional(readOnly = true)
    public java.util.Optional<SavedSearchRow> find(long id) {
        SignedInStaff me = currentStaff.require(Role.values());
        return savedSearches.findById(id).filter(s -> s.isOwnedBy(me.username()) || s.isShared())
                .map(saved -> row(saved, me, null, null));
    }

    /**
     * Lead moderators and admins may promote a saved search to a rule on ingest (the rules module,
     * docs/rules.md, checks it again when they do); the saved searches list offers it to them.
     */
    public boolean mayPromoteToRule() {
        try {
            return currentStaff.get().hasAny(Role.LEAD_MODERATOR, Role.ADMIN);
        } catch (AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /** The returned row has no hit count (a rename does not change it); list() computes it. */
    @Transactional
    public SavedSearchRow rename(long id, long version, String name) {
        SignedInStaff me = currentStaff.require(Role.values());
        SavedSearch saved = owned(id, version, me, "rename");
        String validName = SavedSearch.validName(name);
        requireFreeName(me, validName, id);
        String before = saved.getName();
        saved.rename(validName, clock.instant());
        savedSearches.flush();
        audit.record("SAVED_SEARCH_RENAMED", SUBJECT, id, null,
                "Renamed saved search \"" + before + "\" to \"" + saved.getName() + "\"");
        return row(saved, me, null, null);
    }

    /** Shares the saved search with the team, or makes it private again. */
    @Transactional
    public SavedSearchRow share(long id, long version, boolean shared) {
        SignedInStaff me = currentStaff.require(Role.values());
        SavedSearch saved = owned(id, version, me, shared ? "share" : "unshare");
        if (saved.isShared() != shared) {
            saved.share(shared, clock.instant());
            savedSearches.flush();
            audit.record(shared ? "SAVED_SEARCH_SHARED" : "SAVED_SEARCH_UNSHARED", SUBJECT, id, null,
                    (shared ? "Shared saved search \"" : "Made saved search \"") + saved.getName()
                            + (shared ? "\" with the team" : "\" private"));
        }
        return row(saved, me, null, null);
    }

    @Transactional
    public void delete(long id, long version) {
        SignedInStaff me = currentStaff.require(Role.values());
        SavedSearch saved = owned(id, version, me, "delete");
        savedSearches.delete(saved);
        savedSearches.flush();
        audit.record("SAVED_SEARCH_DELETED", SUBJECT, id, null,
                "Deleted saved search \"" + saved.getName() + "\": " + describe(saved));
    }

    private SavedSearch owned(long id, long version, SignedInStaff me, String action) {
        SavedSearch saved = savedSearches.findById(id)
                .filter(s -> s.isOwnedBy(me.username()) || s.isShared())
                .orElseThrow(() -> new NotFoundException("Saved search", id));
        if (!saved.isOwnedBy(me.username())) {
            throw new AccessDeniedException("Only " + saved.getOwnerDisplayName() + ", who saved \"" + saved.getName()
                    + "\", can " + action + " it. Save it under a name of your own to change it.");
        }
        if (saved.getVersion() != version) {
            String by = audit.lastEventAbout(SUBJECT, id).map(e -> e.getActor()).orElse("another staff member");
            throw new ConcurrentEditException("Saved search \"" + saved.getName() + "\"", by);
        }
        return saved;
    }

    private void requireFreeName(SignedInStaff me, String name, @Nullable Long except) {
        if (savedSearches.nameTaken(me.username(), name, except)) {
            throw new IllegalArgumentException("You already have a saved search named \"" + name
                    + "\": choose another name, or delete or rename that one first");
        }
    }

    private static String describe(SavedSearch saved) {
        return (saved.getQuery().isEmpty() ? "(everything)" : saved.getQuery()) + " · " + saved.getSort().label();
    }

    private static SavedSearchRow row(SavedSearch s, SignedInStaff me, @Nullable Long hits,
            @Nullable String problem) {
        return new SavedSearchRow(s.getId(), s.getName(), s.getQuery(), s.getSort(), s.getOwnerUsername(),
                s.getOwnerDisplayName(), s.isShared(), s.isOwnedBy(me.username()), s.getVersion(), hits, problem);
    }
}

package com.clipdesk.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    /** Case-insensitive, so "Spoilers" and "spoilers" cannot both exist whatever the database collation. */
    @Query("select count(s) > 0 from SavedSearch s where s.ownerUsername = :owner and lower(s.name) = lower(:name)"
            + " and (:except is null or s.id <> :except)")
    boolean nameTaken(String owner, String name, @Nullable Long except);

    /** Mine (private or shared), then the team's shared ones; each by name. */
    @Query("select s from SavedSearch s where s.ownerUsername = :owner or s.shared = true"
            + " order by case when s.ownerUsername = :owner then 0 else 1 end, lower(s.name), s.id")
    List<SavedSearch> visibleTo(String owner);
}

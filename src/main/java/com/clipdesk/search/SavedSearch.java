package com.clipdesk.search;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;

/**
 * A staff member's named query and sort, private to them or shared with the team. Only the owner
 * changes it ({@link SavedSearches} checks); the query was valid when saved, but its hit count is
 * always computed anew for whoever looks.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    public static final int NAME_MAX = 80;
    public static final int QUERY_MAX = 500;
    public static final int OWNER_MAX = 100;
    public static final int OWNER_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = QUERY_MAX)
    private String query;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SearchSort sort;

    @Column(name = "owner_username", nullable = false, length = OWNER_MAX)
    private String ownerUsername;

    @Column(name = "owner_display_name", nullable = false, length = OWNER_NAME_MAX)
    private String ownerDisplayName;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedSearch() {}

    public SavedSearch(String name, String query, SearchSort sort, String ownerUsername, String ownerDisplayName,
            boolean shared, Instant at) {
        this.name = validName(name);
        this.query = validQuery(query);
        this.sort = sort;
        this.ownerUsername = ownerUsername;
        this.ownerDisplayName = ownerDisplayName.length() > OWNER_NAME_MAX
                ? ownerDisplayName.substring(0, OWNER_NAME_MAX) : ownerDisplayName;
        this.shared = shared;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** A name as staff will see it in the list: trimmed, 1 to 80 characters. */
    public static String validName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Give the saved search a name");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new IllegalArgumentException("The name is too long: at most " + NAME_MAX + " characters, this one has "
                    + trimmed.length());
        }
        return trimmed;
    }

    static String validQuery(String query) {
        String trimmed = query.strip();
        if (trimmed.length() > QUERY_MAX) {
            throw new IllegalArgumentException("The query is too long: at most " + QUERY_MAX + " characters");
        }
        return trimmed;
    }

    public boolean isOwnedBy(String username) {
        return ownerUsername.equals(username);
    }

    void rename(String name, Instant at) {
        this.name = validName(name);
        this.updatedAt = at;
    }

    void share(boolean shared, Instant at) {
        this.shared = shared;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public SearchSort getSort() {
        return sort;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getOwnerDisplayName() {
        return ownerDisplayName;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

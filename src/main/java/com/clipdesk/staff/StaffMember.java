package com.clipdesk.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A staff member who has signed in at least once, as their identity provider last described them.
 * The identity provider stays the source of truth for roles and markets; this row is the directory
 * admins and auditors look at (who exists, when they last signed in).
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    public static final int SUBJECT_LENGTH = 200;
    public static final int USERNAME_LENGTH = 100;
    public static final int DISPLAY_NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 200;
    public static final int ROLES_LENGTH = 300;
    public static final int MARKETS_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(length = EMAIL_LENGTH)
    private @Nullable String email;

    /** Role names, comma-separated (e.g. "MODERATOR,CURATOR"). */
    @Column(nullable = false, length = ROLES_LENGTH)
    private String roles;

    /** Market codes, comma-separated, or "*" for every market. */
    @Column(nullable = false, length = MARKETS_LENGTH)
    private String markets;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private Instant firstSeenAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    /** Console sessions authenticated before this instant are ended (sign out everywhere); null: never. */
    @Column(name = "sessions_valid_after")
    private @Nullable Instant sessionsValidAfter;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected StaffMember() {}

    StaffMember(SignedInStaff staff, @Nullable String email, Instant at) {
        this.subject = clip(staff.subject(), SUBJECT_LENGTH);
        this.firstSeenAt = at;
        this.lastSignInAt = at;
        this.username = "";
        this.displayName = "";
        this.roles = "";
        this.markets = "";
        signedIn(staff, email, at);
    }

    /** Refreshes what the identity provider said at this sign-in. */
    void signedIn(SignedInStaff staff, @Nullable String email, Instant at) {
        this.username = clip(staff.username(), USERNAME_LENGTH);
        this.displayName = clip(staff.displayName(), DISPLAY_NAME_LENGTH);
        this.email = email == null ? null : clip(email, EMAIL_LENGTH);
        this.roles = clip(staff.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")), ROLES_LENGTH);
        this.markets = clip(staff.scope().allMarkets()
                ? MarketScope.ALL
                : String.join(",", new TreeSet<>(staff.scope().markets())), MARKETS_LENGTH);
        if (at.isAfter(lastSignInAt)) {
            this.lastSignInAt = at;
        }
    }

    /** Ends every console session authenticated before {@code at}; an earlier cut-off never replaces a later one. */
    void endSessionsBefore(Instant at) {
        if (sessionsValidAfter == null || at.isAfter(sessionsValidAfter)) {
            sessionsValidAfter = at;
        }
    }

    private static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).forEach(s -> Role.fromClaim(s).ifPresent(result::add));
        return result;
    }

    public MarketScope getScope() {
        return MarketScope.of(Arrays.stream(markets.split(",")).filter(s -> !s.isBlank()).toList());
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public @Nullable Instant getSessionsValidAfter() {
        return sessionsValidAfter;
    }

    public long getVersion() {
        return version;
    }
}

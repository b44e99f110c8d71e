package com.clipdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/** A country or region with its own catalog, release dates, language and laws. */
@Entity
public class Market {

    public static final int NAME_MAX = 80;
    public static final int LOCALE_MAX = 16;
    public static final int TIME_ZONE_MAX = 64;

    @Id
    @Column(length = 8)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = LOCALE_MAX)
    @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag such as pt-BR")
    @Column(nullable = false, length = LOCALE_MAX)
    private String locale;

    @NotBlank
    @Size(max = TIME_ZONE_MAX)
    @Column(name = "time_zone", nullable = false, length = TIME_ZONE_MAX)
    private String timeZone;

    @Version
    private long version;

    protected Market() {}

    public Market(String code, String name, String locale, String timeZone) {
        this.code = code;
        rename(name, locale, timeZone);
    }

    /** Changes what staff can edit; the code is the market's identity and never changes. */
    public void rename(String name, String locale, String timeZone) {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone: " + timeZone);
        }
        this.name = name.trim();
        this.locale = locale.trim();
        this.timeZone = timeZone.trim();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLocale() {
        return locale;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public long getVersion() {
        return version;
    }
}

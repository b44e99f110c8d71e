package com.clipdesk.curation.api;

import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.FeaturedFeed;
import com.clipdesk.curation.FeaturedFeed.Feed;
import com.clipdesk.curation.Surface;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/featured/{market}?surface=HOME_ROW} (or {@code ?surface=title_page&title=42}, a title's
 * page in the market): the Moments the product features there now, in order (the board's published order, slots whose schedule includes now). For machine clients with the
 * {@code featured.read} scope. The ETag hashes what is served, so it changes when a publication, a
 * withdrawal or a schedule boundary changes the list; clients revalidate ({@code If-None-Match} → 304)
 * and may keep an answer for a few seconds. Errors are RFC 9457 problem documents naming the field.
 */
@RestController
@RequestMapping("/api/featured")
class FeaturedController {

    /** How long a client may use an answer without asking: short, so withdrawals reach members soon. */
    static final Duration MAX_AGE = Duration.ofSeconds(15);

    private final FeaturedFeed feed;
    private final Clock clock;

    FeaturedController(FeaturedFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping("/{market}")
    ResponseEntity<Feed> featured(@PathVariable String market, @RequestParam(required = false) @Nullable String surface,
            @RequestParam(required = false) @Nullable String title,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        String code = market.strip().toUpperCase(Locale.ROOT);
        if (!feed.knowsMarket(code)) {
            throw new BadField(HttpStatus.NOT_FOUND, "market", "\"" + market + "\" is not a market Clipdesk knows.");
        }
        String surfaceName = surface == null || surface.isBlank() ? Surface.HOME_ROW.name() : surface;
        Surface where = Surface.parse(surfaceName).orElseThrow(() -> new BadField(HttpStatus.BAD_REQUEST, "surface",
                "\"" + surfaceName + "\" is not a surface: " + Arrays.toString(Surface.values())));
        Long titleId = null;
        if (title != null && !title.isBlank()) {
            if (!title.strip().matches("\\d{1,18}")) {
                throw new BadField(HttpStatus.BAD_REQUEST, "title", "\"" + title + "\" is not a title id.");
            }
            titleId = Long.parseLong(title.strip());
        }
        BoardKey board = new BoardKey(code, where, titleId);
        if (board.mismatch() != null) {
            throw new BadField(HttpStatus.BAD_REQUEST, "title", board.mismatch());
        }
        if (titleId != null && !feed.knowsTitle(titleId)) {
            throw new BadField(HttpStatus.NOT_FOUND, "title", "No title has the id " + titleId + ".");
        }
        Feed body = feed.at(board, clock.instant());
        String etag = etag(body);
        CacheControl cache = CacheControl.maxAge(MAX_AGE).cachePrivate().mustRevalidate();
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(body);
    }

    /** A strong ETag of the served list: the board's revision and each item's id and schedule. */
    static String etag(Feed feed) {
        StringBuilder s = new StringBuilder().append(feed.market()).append('|').append(feed.surface()).append('|')
                .append(feed.titleId()).append('|').append(feed.revision());
        feed.items().forEach(i -> s.append('|').append(i.momentId()).append('@').append(i.startsAt()).append('-')
                .append(i.endsAt()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ExceptionHandler(BadField.class)
    ResponseEntity<ProblemDetail> badField(BadField e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        boolean notFound = e.status == HttpStatus.NOT_FOUND;
        problem.setType(URI.create("https://clipdesk.example/problems/"
                + (notFound ? "unknown-" + e.field : "invalid-field")));
        problem.setTitle(notFound ? "Unknown " + e.field : "Invalid request");
        problem.setProperty("field", e.field);
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static final class BadField extends RuntimeException {
        final HttpStatus status;
        final String field;

        BadField(HttpStatus status, String field, String message) {
            super(message);
            this.status = status;
            this.field = field;
        }
    }
}

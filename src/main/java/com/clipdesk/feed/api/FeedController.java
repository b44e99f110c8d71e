package com.clipdesk.feed.api;

import com.clipdesk.feed.DecisionFeed;
import com.clipdesk.feed.FeedEntry;
import com.clipdesk.feed.FeedLongPolls;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/feed?after=<cursor>&limit=<n>&wait=PT20S}: the decision feed in seq order for
 * machine clients with the {@code feed.read} scope. Answers {@code {"entries":[…],"next":n,"head":h}}:
 * each entry is its stored payload (docs/feed.md), {@code next} the cursor to ask with next time (the
 * last seq returned, or {@code after} when nothing is new), {@code head} the newest seq. The cursor is
 * the plain seq: seqs are gap-free and given in commit order, so "after n" never skips an entry. With
 * {@code wait}, a read that finds nothing new waits up to that long for the next decision, parked in
 * {@link FeedLongPolls} (asynchronous request: no request thread is held). Errors are RFC 9457 problem
 * documents naming the field.
 */
@RestController
@RequestMapping("/api/feed")
class FeedController {

    static final int DEFAULT_LIMIT = 100;

    private final FeedLongPolls polls;

    FeedController(FeedLongPolls polls) {
        this.polls = polls;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    CompletableFuture<ResponseEntity<String>> read(@RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String wait) {
        long cursor = after == null || after.isBlank() ? 0 : number(after, "after", 0, Long.MAX_VALUE,
                "\"after\" is the cursor of an earlier answer (its \"next\"): a whole number from 0, or absent "
                        + "for the start of the feed.");
        int size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : (int) number(limit, "limit", 1,
                DecisionFeed.MAX_PAGE, "\"limit\" is a whole number from 1 to " + DecisionFeed.MAX_PAGE + ".");
        Duration patience = wait == null || wait.isBlank() ? Duration.ZERO : duration(wait);
        // a poll that waits holds no request thread: the answer comes when the future completes
        return polls.page(cursor, size, patience).thenApply(FeedController::answer);
    }

    private static ResponseEntity<String> answer(DecisionFeed.Page page) {
        StringBuilder body = new StringBuilder(256 + page.entries().size() * 600).append("{\"entries\":[");
        for (int i = 0; i < page.entries().size(); i++) {
            FeedEntry e = page.entries().get(i);
            body.append(i == 0 ? "" : ",").append(e.payload());
        }
        body.append("],\"next\":").append(page.next()).append(",\"head\":").append(page.head()).append('}');
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(body.toString());
    }

    private static long number(String raw, String field, long min, long max, String message) {
        String s = raw.strip();
        if (!s.matches("\\d{1,18}")) {
            throw new BadField(field, message);
        }
        long n = Long.parseLong(s);
        if (n < min || n > max) {
            throw new BadField(field, message);
        }
        return n;
    }

    private static Duration duration(String raw) {
        String message = "\"wait\" is an ISO-8601 duration from PT0S to " + DecisionFeed.MAX_WAIT + ", e.g. PT20S.";
        Duration d;
        try {
            d = Duration.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadField("wait", message);
        }
        if (d.isNegative() || d.compareTo(DecisionFeed.MAX_WAIT) > 0) {
            throw new BadField("wait", message);
        }
        return d;
    }

    @ExceptionHandler(BadField.class)
    ResponseEntity<ProblemDetail> badField(BadField e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("https://clipdesk.example/problems/invalid-field"));
        problem.setTitle("Invalid request");
        problem.setProperty("field", e.field);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static final class BadField extends RuntimeException {
        final String field;

        BadField(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}

package com.clipdesk.policy.api;

import com.clipdesk.catalog.CatalogService.TitleFacts;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.PolicyDecision;
import com.clipdesk.policy.PolicyDecisions;
import com.clipdesk.policy.ShareQuestion;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/policy/decisions}: may this member share this clip there? Asked by the product at
 * share time (a machine client with the {@code policy.decide} scope); answered from the compiled
 * policies in memory. Errors are RFC 9457 problem documents naming the field at fault.
 */
@RestController
@RequestMapping("/api/policy/decisions")
class PolicyDecisionController {

    private static final Set<String> AGE_BANDS = Set.of("13_17", "18_24", "25_34", "35_54", "55_PLUS");

    private final PolicyDecisions decisions;
    private final Clock clock;

    PolicyDecisionController(PolicyDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** What the product sends; {@code episodeId} names the season for season blackouts; {@code at} defaults to now. */
    record Question(@Nullable String market, @Nullable Long titleId, @Nullable Long episodeId,
            @Nullable Integer clipSeconds, @Nullable String destination, @Nullable String ageBand, @Nullable Instant at) {}

    /** {@code policyVersion}: the market's version (0 when it inherits everything); {@code defaultVersion}: the default's. */
    record Answer(boolean allowed, String market, long policyVersion, long defaultVersion, List<DenialBody> denials) {}

    record DenialBody(String rule, String code, String message) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Answer> decide(@RequestBody Question q) {
        String market = required(q.market(), "market", "Missing market: a two-letter market code, e.g. \"DE\".")
                .strip().toUpperCase(Locale.ROOT);
        if (!decisions.knowsMarket(market)) {
            throw new BadField("market", "\"" + q.market() + "\" is not a market Clipdesk knows.");
        }
        long titleId = required(q.titleId(), "titleId", "Missing titleId.");
        TitleFacts title = decisions.title(titleId);
        if (title == null) {
            throw new BadField("titleId", "No title has the id " + titleId + ".");
        }
        Long seasonId = null;
        if (q.episodeId() != null) {
            long[] titleAndSeason = decisions.titleAndSeasonOf(q.episodeId())
                    .orElseThrow(() -> new BadField("episodeId", "No episode has the id " + q.episodeId() + "."));
            if (titleAndSeason[0] != titleId) {
                throw new BadField("episodeId", "Episode " + q.episodeId() + " is not of title " + titleId + ".");
            }
            seasonId = titleAndSeason[1];
        }
        int seconds = required(q.clipSeconds(), "clipSeconds", "Missing clipSeconds: the clip's length in seconds.");
        if (seconds <= 0) {
            throw new BadField("clipSeconds", "clipSeconds is a length: 1 or more, not " + seconds + ".");
        }
        String destinationName = required(q.destination(), "destination", "Missing destination.");
        ShareDestination destination = Arrays.stream(ShareDestination.values())
                .filter(d -> d.name().equalsIgnoreCase(destinationName.strip())).findFirst()
                .orElseThrow(() -> new BadField("destination", "\"" + destinationName + "\" is not a destination: "
                        + Arrays.stream(ShareDestination.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList()));
        String band = required(q.ageBand(), "ageBand", "Missing ageBand.").strip().toUpperCase(Locale.ROOT);
        if (!AGE_BANDS.contains(band)) {
            throw new BadField("ageBand", "\"" + q.ageBand() + "\" is not an age band: " + AGE_BANDS.stream().sorted().toList());
        }
        PolicyDecision decision = decisions.decide(new ShareQuestion(market, titleId, seasonId, title.kind(),
                title.maturityRating(), seconds, destination, band, q.at() == null ? clock.instant() : q.at()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Answer(decision.allowed(),
                decision.market(), decision.policyVersion(), decision.defaultVersion(), decision.denials().stream()
                        .map(d -> new DenialBody(d.rule().name().toLowerCase(Locale.ROOT), d.code(), d.message())).toList()));
    }

    private static <T> T required(@Nullable T value, String field, String message) {
        if (value == null) {
            throw new BadField(field, message);
        }
        return value;
    }

    @ExceptionHandler(BadField.class)
    ResponseEntity<ProblemDetail> badField(BadField e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid request", e.getMessage(), e.field);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body", "The body is not the "
                + "JSON object expected: {\"market\":\"DE\",\"titleId\":7,\"clipSeconds\":30,\"destination\":\"tiktok\","
                + "\"ageBand\":\"18_24\"}", null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
            @Nullable String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://clipdesk.example/problems/" + type));
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static final class BadField extends RuntimeException {
        final String field;

        BadField(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}

package com.clipdesk.appeal.api;

import com.clipdesk.appeal.AppealRequest;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.appeal.InvalidAppealException;
import com.clipdesk.shared.NotFoundException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member app files appeals on behalf of its members ({@code POST /api/appeals}, scope
 * {@code appeals.write}) and shows them where they stand ({@code GET /api/appeals/{id}}, scope
 * {@code appeals.read}). Errors are RFC 9457 problem documents naming the field at fault.
 */
@RestController
@RequestMapping("/api/appeals")
class AppealApiController {

    static final String PROBLEM_BASE = "https://clipdesk.example/problems/";

    private final AppealService appeals;

    AppealApiController(AppealService appeals) {
        this.appeals = appeals;
    }

    /** What the member app sends. {@code decision} is "takedown" or "review-decision". */
    record FileAppeal(@Nullable String decision, @Nullable Long decisionId, @Nullable String member,
            @Nullable String statement) {}

    /** What the member app reads back. */
    record AppealStatusBody(long id, String status, @Nullable String outcome, String decision, long decisionId,
            String item, Instant receivedAt, @Nullable Instant decidedAt, @Nullable String explanation,
            List<String> marketsAfter) {

        static AppealStatusBody of(AppealView a) {
            return new AppealStatusBody(a.id(), a.status().name().toLowerCase(Locale.ROOT),
                    a.outcome() == null ? null : a.outcome().name().toLowerCase(Locale.ROOT),
                    wire(a.decision()), a.decisionId(), a.itemRoute(), a.receivedAt(), a.decidedAt(),
                    a.decisionNote(), a.marketsAfter().stream().sorted().toList());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AppealStatusBody> file(@RequestBody FileAppeal body) {
        if (body.decisionId() == null) {
            throw new InvalidAppealException("decisionId", "Missing decisionId: the id of the appealed takedown or review decision.");
        }
        AppealView filed = appeals.fileFromApp(new AppealRequest(decision(body.decision()), body.decisionId(),
                body.member(), null, body.statement(), null));
        return ResponseEntity.created(URI.create("/api/appeals/" + filed.id())).cacheControl(CacheControl.noStore())
                .body(AppealStatusBody.of(filed));
    }

    @GetMapping("/{id}")
    ResponseEntity<AppealStatusBody> status(@PathVariable String id) {
        long appealId;
        try {
            appealId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidAppealException("id", "\"" + id + "\" is not an appeal id: a number.");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(AppealStatusBody.of(appeals.forApp(appealId)));
    }

    private static AppealedDecision decision(@Nullable String wire) {
        if (wire == null || wire.isBlank()) {
            throw new InvalidAppealException("decision", "Missing decision: \"takedown\" or \"review-decision\".");
        }
        return switch (wire.strip().toLowerCase(Locale.ROOT)) {
            case "takedown" -> AppealedDecision.TAKEDOWN;
            case "review-decision" -> AppealedDecision.REVIEW_DECISION;
            default -> throw new InvalidAppealException("decision", "\"" + wire
                    + "\" is not a decision kind: \"takedown\" or \"review-decision\".");
        };
    }

    private static String wire(AppealedDecision decision) {
        return decision == AppealedDecision.TAKEDOWN ? "takedown" : "review-decision";
    }

    @ExceptionHandler(InvalidAppealException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAppealException e) {
        boolean conflict = e instanceof com.clipdesk.appeal.AppealAlreadyOpenException;
        return problem(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
                conflict ? "appeal-open" : "invalid-appeal", conflict ? "An appeal is open already" : "Invalid appeal",
                e.getMessage(), e.field());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "The body is not the JSON object expected: {\"decision\": \"takedown\", \"decisionId\": 12, "
                        + "\"member\": \"handle\", \"statement\": \"...\"}", null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
            @Nullable String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM_BASE + type));
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

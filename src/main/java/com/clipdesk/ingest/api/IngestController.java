package com.clipdesk.ingest.api;

import com.clipdesk.ingest.IngestLimits;
import com.clipdesk.ingest.IngestLine;
import com.clipdesk.ingest.IngestParser;
import com.clipdesk.ingest.IngestParser.TooLargeException;
import com.clipdesk.ingest.IngestProblems;
import com.clipdesk.ingest.IngestService;
import com.clipdesk.ingest.IngestService.Outcome;
import com.clipdesk.ingest.IngestType;
import com.clipdesk.ingest.LineResult;
import com.clipdesk.ingest.LineResult.Status;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingest API (docs/ingest.md): the product pushes members, content, reports and appeals, one by
 * one ({@code PUT /api/ingest/{type}/{externalId}}) or in bulk as NDJSON ({@code POST /api/ingest/bulk}).
 * Scope {@code ingest.write}. The body is read here as bytes, not bound by Spring, so that every fault
 * (bad UTF-8, size, nesting, wrong type) gets its own 4xx problem or per-line result, never a 5xx.
 */
@RestController
@RequestMapping("/api/ingest")
@Tag(name = "Ingest", description = "Push members, Moments, share links, fandom submissions, watch parties and "
        + "their messages, reported private recommendations, reports and appeals. Idempotent by (type, externalId); "
        + "a higher version updates, the same or a lower one writes nothing. Titles, episodes and markets are "
        + "named by Clipdesk's catalog ids and codes (the catalog is shared with the product).")
@SecurityRequirement(name = IngestApiDocs.BEARER)
class IngestController {

    private static final Logger log = LoggerFactory.getLogger(IngestController.class);
    static final String NDJSON = "application/x-ndjson";
    /** Beyond this a too-large body is not read to its end: the connection is closed. */
    private static final long DRAIN_MAX = 4L * IngestLimits.MAX_BODY_BYTES;

    private final IngestService ingest;

    IngestController(IngestService ingest) {
        this.ingest = ingest;
    }

    /** One line's result as the API writes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IngestResult", description = "What became of one line (or the single item).")
    record ResultBody(
            @Schema(description = "Line number in the body, from 1") int line,
            @Nullable String externalId,
            @Nullable String type,
            @Schema(allowableValues = {"accepted", "updated", "duplicate", "stale", "rejected"}) String status,
            @Schema(description = "Clipdesk id of the item, when it exists") @Nullable Long id,
            @Schema(description = "Why the line was rejected (RFC 9457 style)") @Nullable ProblemBody problem) {

        static ResultBody of(LineResult r) {
            return new ResultBody(r.line(), r.externalId(), r.type(), r.status().wire(), r.id(),
                    r.problem() == null ? null : new ProblemBody(r.problem().type(), r.problem().title(),
                            r.problem().detail(), r.problem().errors().stream()
                                    .map(e -> new FieldErrorBody(e.field(), e.message())).toList()));
        }
    }

    @Schema(name = "IngestLineProblem")
    record ProblemBody(String type, String title, String detail, List<FieldErrorBody> errors) {}

    @Schema(name = "IngestFieldError", description = "One field's fault; field is a JSON path such as markets[2]")
    record FieldErrorBody(String field, String message) {}

    @Schema(name = "IngestBulkResult")
    record BulkBody(int received, long accepted, long updated, long duplicate, long stale, long rejected,
            List<ResultBody> results) {

        static BulkBody of(Outcome outcome) {
            Map<Status, Long> counts = outcome.counts();
            return new BulkBody(outcome.results().size(), counts.get(Status.ACCEPTED), counts.get(Status.UPDATED),
                    counts.get(Status.DUPLICATE), counts.get(Status.STALE), counts.get(Status.REJECTED),
                    outcome.results().stream().map(ResultBody::of).toList());
        }
    }

    @PutMapping("/{type}/{externalId}")
    @Operation(summary = "Create or update one item",
            description = "Body: the item's fields and its version (type and externalId come from the path). "
                    + "201 accepted (created), 200 updated or duplicate, 409 stale (a newer version is applied "
                    + "already; nothing written), 422 rejected with field-level errors, 400 unreadable JSON, "
                    + "413 over 64 KB, 415 not application/json.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "moment", value = """
                            {"version": 3, "episodeId": 12, "startSecond": 300, "endSecond": 330,
                             "caption": "The twist", "language": "en", "creator": "m-1001",
                             "markets": ["FR", "DE"], "createdAt": "2026-11-30T12:00:00Z"}"""))))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResultBody.class)))
    @ApiResponse(responseCode = "200", description = "Updated, or this version was applied already",
            content = @Content(schema = @Schema(implementation = ResultBody.class)))
    @ApiResponse(responseCode = "409", description = "Stale: a newer version is applied already",
            content = @Content(schema = @Schema(implementation = ResultBody.class)))
    @ApiResponse(responseCode = "422", description = "Rejected", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> put(
            @Parameter(description = "member, moment, share-link, fandom-submission, watch-party, "
                    + "watch-party-message, private-recommendation, report or appeal") @PathVariable String type,
            @Parameter(description = "The product's id of the item, 1 to 100 characters") @PathVariable String externalId,
            HttpServletRequest request, Principal client) throws IOException {
        IngestType kind = IngestType.ofWire(type).orElse(null);
        if (kind == null) {
            return problem(HttpStatus.NOT_FOUND, "unknown-type", "Unknown type", "\"" + clip(type)
                    + "\" is not a type: " + IngestType.wireNames() + ".", null);
        }
        if (com.clipdesk.ingest.IngestLimits.EXTERNAL_ID_MAX < externalId.length() || externalId.isBlank()
                || externalId.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return problem(HttpStatus.BAD_REQUEST, IngestProblems.INVALID_ITEM, "Invalid item",
                    "The external id has 1 to 100 characters, without spaces or control characters.", null);
        }
        if (!isType(request, MediaType.APPLICATION_JSON)) {
            return unsupported(MediaType.APPLICATION_JSON_VALUE);
        }
        byte[] body = read(request, IngestLimits.MAX_LINE_BYTES);
        IngestLine line = IngestParser.single(body, kind, externalId);
        LineResult result = ingest.ingest(List.of(line), client.getName()).results().getFirst();
        if (result.status() == Status.REJECTED) {
            LineResult.Problem p = java.util.Objects.requireNonNull(result.problem());
            boolean unreadable = p.type().endsWith(IngestProblems.UNREADABLE_LINE);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(unreadable ? HttpStatus.BAD_REQUEST
                    : HttpStatus.UNPROCESSABLE_CONTENT, p.detail());
            problem.setType(URI.create(p.type()));
            problem.setTitle(p.title());
            problem.setProperty("externalId", result.externalId());
            problem.setProperty("errors", ResultBody.of(result).problem().errors());
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        HttpStatus status = switch (result.status()) {
            case ACCEPTED -> HttpStatus.CREATED;
            case STALE -> HttpStatus.CONFLICT;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(ResultBody.of(result));
    }

    @PostMapping("/bulk")
    @Operation(summary = "Create or update many items (NDJSON)",
            description = "One JSON object per line, each with type, externalId, version and the type's fields; "
                    + "at most 10,000 lines, 64 KB per line, 16 MB per body. Every line gets a result; a bad line "
                    + "never rejects or half-writes the others. 200 with the results (also when lines were "
                    + "rejected); 400 empty body, 413 over a limit, 415 not application/x-ndjson.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = NDJSON, schema = @Schema(type = "string"), examples = @ExampleObject(name = "bulk", value = """
                            {"type":"member","externalId":"m-1001","version":1,"handle":"nightowl","homeMarket":"FR","ageBand":"25_34"}
                            {"type":"moment","externalId":"mo-77","version":1,"episodeId":12,"startSecond":300,"endSecond":330,"caption":"The twist","language":"fr","creator":"m-1001","markets":["FR"]}
                            {"type":"report","externalId":"r-9","version":1,"subjectType":"moment","subject":"mo-77","reporter":"m-1001","reason":"spoiler","market":"FR"}"""))))
    @ApiResponse(responseCode = "200", description = "One result per line",
            content = @Content(schema = @Schema(implementation = BulkBody.class)))
    @ApiResponse(responseCode = "413", description = "Body, line count or a line over the limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> bulk(HttpServletRequest request, Principal client) throws IOException {
        if (!isType(request, MediaType.parseMediaType(NDJSON))) {
            return unsupported(NDJSON);
        }
        byte[] body = read(request, IngestLimits.MAX_BODY_BYTES);
        List<IngestLine> lines = IngestParser.bulk(body);
        if (lines.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "empty-body", "Empty body",
                    "No lines: send one JSON object per line.", null);
        }
        Outcome outcome = ingest.ingest(lines, client.getName());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(BulkBody.of(outcome));
    }

    private static boolean isType(HttpServletRequest request, MediaType expected) {
        String header = request.getContentType();
        if (header == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            String charset = type.getParameter("charset");
            return type.isCompatibleWith(expected) && !type.isWildcardType() && !type.isWildcardSubtype()
                    && (charset == null || charset.equalsIgnoreCase("utf-8"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] read(HttpServletRequest request, int max) throws IOException {
        long declared = request.getContentLengthLong();
        try (InputStream in = request.getInputStream()) {
            if (declared > max) {
                drain(in);
                throw new TooLargeException("The body has " + declared + " bytes; at most " + max + ".");
            }
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                drain(in);
                throw new TooLargeException("The body has more than " + max + " bytes.");
            }
            return body;
        }
    }

    /**
     * Reads and drops what is left of a too-large body (up to {@link #DRAIN_MAX}), so that the client,
     * still sending, reads the 413 instead of a reset connection.
     */
    private static void drain(InputStream in) throws IOException {
        long left = DRAIN_MAX;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static ResponseEntity<ProblemDetail> unsupported(String expected) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "Send Content-Type: " + expected + " in UTF-8.", null);
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(TooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Too large", e.getMessage()
                + " Limits: " + IngestLimits.MAX_BODY_BYTES + " bytes per body, " + IngestLimits.MAX_LINES
                + " lines per request, " + IngestLimits.MAX_LINE_BYTES + " bytes per line.", null);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("Ingest request failed, error id {}", errorId, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Ingest failed",
                "Clipdesk could not take in this request; nothing from it may be assumed written. Quote error id "
                        + errorId + ".", errorId);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
            @Nullable String errorId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(IngestProblems.BASE + type));
        problem.setTitle(title);
        if (errorId != null) {
            problem.setProperty("errorId", errorId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String clip(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("[\\p{Cntrl}\"\\\\]", "?");
    }
}

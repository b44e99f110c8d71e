package com.clipdesk.content.api;

import com.clipdesk.content.ShareLinkStatus;
import com.clipdesk.content.ShareLinkStatuses;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/share-links/{token}?market=XX}: does this share link resolve for members in market
 * XX? For the product's link resolver, a machine client with the {@code share-links.read} scope
 * (docs/takedowns.md). Errors are RFC 9457 problem documents naming the parameter at fault.
 */
@RestController
@RequestMapping("/api/share-links")
class ShareLinkStatusController {

    static final String PROBLEM_BASE = "https://clipdesk.example/problems/";
    private static final Pattern MARKET = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final ShareLinkStatuses statuses;

    ShareLinkStatusController(ShareLinkStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/{token}")
    ResponseEntity<ShareLinkStatus> status(@PathVariable String token,
            @RequestParam(name = "market", required = false) @Nullable String market) {
        if (market == null || market.isBlank()) {
            throw new BadParameter("market", "Missing query parameter market: a two-letter market code, e.g. ?market=FR");
        }
        if (!MARKET.matcher(market).matches()) {
            throw new BadParameter("market", "\"" + market + "\" is not a market code: two letters, e.g. FR or US");
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new BadParameter("token", "\"" + token + "\" is not a share-link token: 1 to 32 letters, digits, - or _");
        }
        ShareLinkStatus status = statuses.status(token, market.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownToken(token));
        // the resolver may not keep answers itself: a takedown must take effect at once
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status);
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameter e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter", e.getMessage(),
                e.parameter);
    }

    @ExceptionHandler(UnknownToken.class)
    ResponseEntity<ProblemDetail> unknownToken(UnknownToken e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-share-link", "Unknown share link", e.getMessage(), "token");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
            String parameter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM_BASE + type));
        problem.setTitle(title);
        problem.setProperty("parameter", parameter);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static final class BadParameter extends RuntimeException {
        final String parameter;

        BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    private static final class UnknownToken extends RuntimeException {
        UnknownToken(String token) {
            super("No share link has the token \"" + token + "\"");
        }
    }
}

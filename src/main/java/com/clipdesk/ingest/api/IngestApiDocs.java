package com.clipdesk.ingest.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}):
 * public, like any published API contract; it holds no data, and every endpoint it describes needs a
 * token. The bearer scheme lets Swagger UI's "Try it out" send a client-credentials token.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Clipdesk API", version = "1",
        description = "Machine API of Clipdesk for the streaming service's own systems. Guide: docs/ingest.md."))
@SecurityScheme(name = IngestApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Client-credentials access token of the identity provider (scope ingest.write for /api/ingest)")
class IngestApiDocs {

    static final String BEARER = "bearer";
}

package com.clipdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.clipdesk.staff.Role;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml, deploy/keycloak/clipdesk-realm.json and the app's application*.properties
 * describe one deployment; a name changed in one of them alone breaks sign-in or start-up only
 * when somebody runs the stack. This test reads all three and fails on the first disagreement.
 * Compose variables are resolved with the values of .env.example, as after {@code cp .env.example .env}.
 */
class ComposeConfigurationTest {

    /** The lead's market list; V1 seeds no markets, so the list lives here too. */
    private static final Set<String> MARKET_CODES = Set.of("US", "GB", "BR", "MX", "ES", "FR", "DE", "JP", "KR", "IN");

    /** Claim names the app reads when CLIPDESK_OIDC_ROLES_CLAIM / _MARKETS_CLAIM are unset (README). */
    private static final String ROLES_CLAIM_DEFAULT = "roles";
    private static final String MARKETS_CLAIM_DEFAULT = "markets";

    /** Boot properties that are bound from the environment without appearing in our property files. */
    private static final Set<String> BOOT_ENVIRONMENT_VARIABLES = Set.of("SPRING_PROFILES_ACTIVE");

    private static final Pattern COMPOSE_VARIABLE =
            Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final Pattern PROPERTY_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final String REGISTRATION_PREFIX = "spring.security.oauth2.client.registration.";

    private static Map<String, String> envExample;
    private static Map<String, String> composeDefaults;
    private static Map<String, Object> services;
    private static Map<String, Object> realm;
    private static Map<String, String> properties;
    private static Map<String, String> prodProperties;
    private static String haproxy;
    private static String opensearchDockerfile;

    @BeforeAll
    static void load() throws IOException {
        envExample = readEnvFile(Path.of(".env.example"));
        composeDefaults = new LinkedHashMap<>();
        String compose = interpolate(Files.readString(Path.of("docker-compose.yml")));
        services = map(new Yaml().<Map<String, Object>>load(compose).get("services"));
        realm = JsonMapper.builder().build().readValue(Path.of("deploy/keycloak/clipdesk-realm.json").toFile(), Map.class);
        properties = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).sorted().toList()) {
                properties.putAll(readProperties(file));
            }
        }
        Path prod = Path.of("src/main/resources/application-prod.properties");
        assertThat(prod).as("the prod profile's properties").exists();
        prodProperties = readProperties(prod);
        haproxy = Files.readString(Path.of("deploy/haproxy/haproxy.cfg"));
        opensearchDockerfile = Files.readString(Path.of("deploy/opensearch/Dockerfile"));
    }

    @Test
    void appSetsOnlyVariablesTheAppReads() {
        Set<String> placeholders = placeholders(properties.values()).keySet();
        Set<String> propertyKeys = properties.keySet().stream().map(ComposeConfigurationTest::asEnvironmentVariable).collect(Collectors.toSet());
        List<String> unread = appEnvironment().keySet().stream()
                .filter(name -> !placeholders.contains(name))
                .filter(name -> !(name.startsWith("SPRING_") && (propertyKeys.contains(name) || BOOT_ENVIRONMENT_VARIABLES.contains(name))))
                .toList();
        assertThat(unread).as("app variables that no application*.properties reads as ${VAR} and that bind to no spring.* property set there").isEmpty();
    }

    @Test
    void appSetsEveryVariableTheProdProfileRequires() {
        List<String> required = placeholders(prodProperties.values()).entrySet().stream()
                .filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        assertThat(appEnvironment().keySet()).as("app environment must set the prod profile's placeholders without a default").containsAll(required);
    }

    @Test
    void clientIdAndSecretAreTheRealmClients() {
        Map<String, Object> client = realmClient();
        assertThat(client.get("secret")).as("realm client secret vs the app's %s", registrationProperty("client-secret"))
                .isEqualTo(appValueOf(registrationProperty("client-secret")));
        assertThat(client.get("secret")).as("the demo secret must look like one").asString().contains("demo");
    }

    @Test
    void redirectUriIsTheAppsLoginCallback() {
        String appRoot = "http://localhost:" + appPublishedPort();
        Map<String, Object> client = realmClient();
        assertThat(list(client.get("redirectUris"))).as("redirectUris of realm client %s", client.get("clientId"))
                .containsExactly(appRoot + "/login/oauth2/code/" + registrationId());
        assertThat(str(map(client.get("attributes")).get("post.logout.redirect.uris")).split("##"))
                .as("post-logout redirect to the app's signed-out page (StaffSecurityConfiguration.SIGNED_OUT_PATH)")
                .contains(appRoot + "/signed-out");
    }

    @Test
    void issuerIsTheRealmUnderKeycloaksHostname() {
        Map<String, Object> keycloak = service("keycloak");
        Map<String, String> kcEnv = environment(keycloak);
        String issuer = appValueOf(prodProperties.get("spring.security.oauth2.client.provider." + registrationId() + ".issuer-uri"));
        assertThat(issuer).as("CLIPDESK_OIDC_ISSUER_URI vs KC_HOSTNAME + /realms/ + realm name")
                .isEqualTo(kcEnv.get("KC_HOSTNAME") + "/realms/" + realm.get("realm"));

        URI uri = URI.create(issuer);
        if (Set.of("localhost", "127.0.0.1").contains(uri.getHost())) {
            // The app reaches "localhost" only if it shares Keycloak's network namespace and
            // Keycloak listens on the issuer's port inside it, the one the browser gets published.
            assertThat(service("app").get("network_mode")).as("app network_mode for a localhost issuer").isEqualTo("service:keycloak");
            assertThat(kcEnv.get("KC_HTTP_PORT")).as("Keycloak's listening port vs the issuer's").isEqualTo(String.valueOf(uri.getPort()));
            assertThat(publishedPorts(keycloak)).as("published ports of keycloak (host -> container)").containsEntry(uri.getPort(), uri.getPort());
        } else {
            assertThat(services).as("the issuer host must be a compose service").containsKey(uri.getHost());
        }
        assertThat(str(keycloak.get("command"))).as("keycloak command").contains("start-dev").contains("--import-realm");
        assertThat(list(keycloak.get("volumes"))).as("keycloak mounts the realm file for import")
                .anyMatch(v -> str(v).startsWith("./deploy/keycloak/clipdesk-realm.json:/opt/keycloak/data/import/"));
    }

    @Test
    void realmRolesAreTheAppsRoles() {
        Set<String> realmRoles = list(map(realm.get("roles")).get("realm")).stream().map(r -> str(map(r).get("name"))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(realmRoles).as("realm roles vs com.clipdesk.staff.Role").isEqualTo(roleNames());
    }

    @Test
    void demoUsersHaveKnownRolesAndMarkets() {
        List<Object> users = list(realm.get("users"));
        assertThat(users).as("demo users in the realm").isNotEmpty();
        for (Object u : users) {
            Map<String, Object> user = map(u);
            String name = str(user.get("username"));
            assertThat(list(user.get("realmRoles"))).as("realm roles of user %s", name).isNotEmpty().allMatch(roleNames()::contains);
            assertThat(list(map(user.get("attributes")).get("markets"))).as("markets attribute of user %s (codes or *)", name)
                    .isNotEmpty().allMatch(m -> "*".equals(m) || MARKET_CODES.contains(m));
            assertThat(user).as("user %s", name).containsKeys("firstName", "lastName", "email").containsEntry("enabled", true);
            assertThat(list(user.get("credentials"))).as("credentials of user %s", name)
                    .anyMatch(c -> "password".equals(map(c).get("type")) && Boolean.FALSE.equals(map(c).get("temporary")));
        }
    }

    @Test
    void mappersEmitTheClaimsTheAppReads() {
        List<Map<String, Object>> mappers = list(realmClient().get("protocolMappers")).stream().map(ComposeConfigurationTest::map).toList();
        assertClaimMapper(mappers, "oidc-usermodel-realm-role-mapper", claimName("CLIPDESK_OIDC_ROLES_CLAIM", ROLES_CLAIM_DEFAULT), null);
        assertClaimMapper(mappers, "oidc-usermodel-attribute-mapper", claimName("CLIPDESK_OIDC_MARKETS_CLAIM", MARKETS_CLAIM_DEFAULT), "markets");
    }

    @Test
    void clientIsConfidentialWithStandardFlowAndPkce() {
        Map<String, Object> client = realmClient();
        assertThat(client).as("realm client %s", client.get("clientId"))
                .containsEntry("publicClient", false).containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false).containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("serviceAccountsEnabled", false);
        assertThat(map(client.get("attributes"))).as("client attributes").containsEntry("pkce.code.challenge.method", "S256");
    }

    @Test
    void databaseAccountIsTheDatasources() {
        Map<String, String> app = appEnvironment();
        Matcher url = Pattern.compile("jdbc:(mysql|mariadb)://([^:/]+):(\\d+)/([^?]+).*").matcher(app.get("SPRING_DATASOURCE_URL"));
        assertThat(url.matches()).as("SPRING_DATASOURCE_URL %s is jdbc:mysql|mariadb://host:port/db", app.get("SPRING_DATASOURCE_URL")).isTrue();
        assertThat(services).as("datasource host").containsKey(url.group(2));
        Map<String, String> db = environment(service(url.group(2)));
        assertThat(db.get("MYSQL_DATABASE")).as("database name").isEqualTo(url.group(4));
        assertThat(db.get("MYSQL_USER")).as("database user").isEqualTo(app.get("SPRING_DATASOURCE_USERNAME"));
        assertThat(db.get("MYSQL_PASSWORD")).as("database password").isEqualTo(app.get("SPRING_DATASOURCE_PASSWORD"));
        assertThat(url.group(3)).as("datasource port").isEqualTo("3306");
    }

    @Test
    void appStartsAfterHealthyDatabaseAndKeycloakAndKeepsItsData() {
        for (String node : appNodes()) {
            Map<String, Object> app = service(node);
            for (String dependency : List.of("mysql", "keycloak")) {
                assertThat(map(map(app.get("depends_on")).get(dependency))).as("%s depends_on %s", node, dependency)
                        .containsEntry("condition", "service_healthy");
                assertThat(service(dependency)).as("service %s", dependency).containsKey("healthcheck");
            }
            String dataDir = environment(app).get("CLIPDESK_DATA_DIR");
            assertThat(list(app.get("volumes"))).as("%s: a volume at CLIPDESK_DATA_DIR=%s", node, dataDir)
                    .anyMatch(v -> str(v).endsWith(":" + dataDir));
        }
    }

    @Test
    void rabbitRelayIsOnAndReachesTheBrokerWithItsAccount() {
        Map<String, String> app = appEnvironment();
        String enabled = "CLIPDESK_FEED_RABBIT_ENABLED";
        assertThat(placeholders(List.of(properties.get("clipdesk.feed.rabbit.enabled")))).as("clipdesk.feed.rabbit.enabled reads %s", enabled)
                .containsKey(enabled);
        assertThat(placeholders(List.of(properties.get("management.health.rabbit.enabled")))).as("broker health follows %s", enabled)
                .containsKey(enabled);
        assertThat(app).as("the compose app publishes the feed to RabbitMQ").containsEntry(enabled, "true");
        String host = app.get("SPRING_RABBITMQ_HOST");
        assertThat(services).as("SPRING_RABBITMQ_HOST names a compose service").containsKey(host);
        Map<String, Object> broker = service(host);
        assertThat(str(broker.get("image"))).as("broker image").startsWith("rabbitmq:");
        Map<String, String> brokerEnv = environment(broker);
        assertThat(brokerEnv.get("RABBITMQ_DEFAULT_USER")).as("broker user").isEqualTo(app.get("SPRING_RABBITMQ_USERNAME"));
        assertThat(brokerEnv.get("RABBITMQ_DEFAULT_PASS")).as("broker password").isEqualTo(app.get("SPRING_RABBITMQ_PASSWORD"));
        assertThat(app.get("SPRING_RABBITMQ_PORT")).as("AMQP port").isEqualTo("5672");
        assertThat(map(map(service("app").get("depends_on")).get(host))).as("app depends_on %s", host)
                .containsEntry("condition", "service_healthy");
        assertThat(broker).as("service %s", host).containsKey("healthcheck");
        assertThat(list(broker.get("volumes"))).as("the broker keeps durable messages in a volume")
                .anyMatch(v -> str(v).endsWith(":/var/lib/rabbitmq"));
    }

    @Test
    void twoAppNodesRunTheSameConfigurationOnTheirOwnPortsAndDataVolumes() {
        assertThat(appNodes()).as("services built from the app's image").containsExactly("app", "app-2");
        Map<String, String> first = environment(service("app"));
        Map<String, String> second = environment(service("app-2"));
        assertThat(first.get("PORT")).isNotEqualTo(second.get("PORT"));
        Map<String, String> firstRest = new LinkedHashMap<>(first);
        Map<String, String> secondRest = new LinkedHashMap<>(second);
        firstRest.remove("PORT");
        secondRest.remove("PORT");
        assertThat(secondRest).as("app-2's environment but PORT vs app's").isEqualTo(firstRest);
        assertThat(placeholders(List.of(properties.get("server.port")))).as("server.port reads PORT").containsKey("PORT");
        for (String node : appNodes()) {
            assertThat(service(node).get("network_mode")).as("%s network_mode", node).isEqualTo("service:keycloak");
        }
        assertThat(list(service("app").get("volumes"))).as("each node its own data volume")
                .doesNotContainAnyElementsOf(list(service("app-2").get("volumes")));
    }

    @Test
    void theProxyKeepsEachBrowserOnOneNodeAndSendsTrafficOnlyToReadyNodes() {
        Map<String, Object> proxy = service("proxy");
        assertThat(str(proxy.get("image"))).as("proxy image").startsWith("haproxy:");
        assertThat(proxy.get("network_mode")).as("the proxy reaches the nodes on localhost").isEqualTo("service:keycloak");
        assertThat(list(proxy.get("volumes"))).as("the proxy mounts its configuration")
                .anyMatch(v -> str(v).startsWith("./deploy/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg"));
        assertThat(publishedPorts(service("keycloak"))).as("the proxy's port is the published app port")
                .containsValue(proxyBindPort());
        // sticky sessions: HAProxy's own cookie names the node; every node has its cookie value
        Matcher cookie = Pattern.compile("(?m)^\\s*cookie\\s+(\\S+)\\s+insert\\b").matcher(haproxy);
        assertThat(cookie.find()).as("cookie <name> insert in the backend").isTrue();
        assertThat(haproxy).as("nodes checked by their readiness probe")
                .containsPattern("(?m)^\\s*option httpchk GET /actuator/health/readiness");
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+(\\S+)\\s+127\\.0\\.0\\.1:(\\d+)\\s+check\\s+cookie\\s+(\\S+)")
                .matcher(haproxy);
        Set<String> ports = new TreeSet<>();
        Set<String> cookies = new TreeSet<>();
        while (server.find()) {
            ports.add(server.group(2));
            cookies.add(server.group(3));
        }
        Set<String> nodePorts = appNodes().stream().map(n -> environment(service(n)).get("PORT"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ports).as("HAProxy's servers vs the nodes' PORTs").isEqualTo(nodePorts);
        assertThat(cookies).as("a cookie value per server").hasSameSizeAs(ports);
        assertThat(nodePorts).as("no node on the proxy's port").doesNotContain(String.valueOf(proxyBindPort()));
    }

    @Test
    void theNodesShareOpenSearchAtTheVersionTheyName() {
        Map<String, String> app = appEnvironment();
        assertThat(app).containsEntry("CLIPDESK_SEARCH_ENGINE", "opensearch");
        assertThat(app).as("two nodes on one index: each change indexed once and in order")
                .containsEntry("CLIPDESK_SEARCH_COORDINATION", "outbox-polling");
        assertThat(placeholders(List.of(properties.get("clipdesk.search.coordination"))))
                .containsKey("CLIPDESK_SEARCH_COORDINATION");
        String[] host = app.get("CLIPDESK_SEARCH_HOSTS").split(":");
        assertThat(services).as("CLIPDESK_SEARCH_HOSTS names a compose service").containsKey(host[0]);
        assertThat(host[1]).isEqualTo("9200");
        Map<String, Object> search = service(host[0]);
        Matcher from = Pattern.compile("(?m)^FROM opensearchproject/opensearch:(\\d+\\.\\d+)\\.\\d+").matcher(opensearchDockerfile);
        assertThat(from.find()).as("deploy/opensearch/Dockerfile FROM opensearchproject/opensearch:x.y.z").isTrue();
        assertThat(app.get("CLIPDESK_SEARCH_VERSION")).as("the version the app names vs the image")
                .isEqualTo("opensearch:" + from.group(1));
        assertThat(opensearchDockerfile).as("the Japanese and Korean analyzers' plugins")
                .contains("analysis-kuromoji").contains("analysis-nori");
        assertThat(search).containsKey("healthcheck");
        assertThat(environment(search)).containsEntry("discovery.type", "single-node");
        for (String node : appNodes()) {
            assertThat(map(map(service(node).get("depends_on")).get(host[0]))).as("%s depends_on %s", node, host[0])
                    .containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void bothNodesOpenTheSameWebhookSecrets() {
        String key = appEnvironment().get("CLIPDESK_WEBHOOK_SECRET_KEY");
        assertThat(key).as("CLIPDESK_WEBHOOK_SECRET_KEY set for the nodes").isNotBlank();
        assertThat(java.util.Base64.getDecoder().decode(key)).as("32 bytes of key").hasSize(32);
        assertThat(placeholders(List.of(properties.get("clipdesk.feed.webhooks.secret-key"))))
                .containsKey("CLIPDESK_WEBHOOK_SECRET_KEY");
    }

    @Test
    void composeDefaultsAreTheValuesOfEnvExample() {
        assertThat(composeDefaults).as("${VAR:-default} in docker-compose.yml vs .env.example").isEqualTo(envExample);
    }

    // --- helpers ----------------------------------------------------------------------------

    private static void assertClaimMapper(List<Map<String, Object>> mappers, String type, String claim, String userAttribute) {
        Map<String, Object> mapper = mappers.stream().filter(m -> type.equals(m.get("protocolMapper"))).findFirst()
                .orElseGet(() -> fail("realm client has no %s mapper", type));
        Map<String, Object> config = map(mapper.get("config"));
        assertThat(config).as("%s config", type).containsEntry("claim.name", claim).containsEntry("multivalued", "true")
                .containsEntry("id.token.claim", "true").containsEntry("access.token.claim", "true").containsEntry("userinfo.token.claim", "true");
        if (userAttribute != null) {
            assertThat(config).as("%s config", type).containsEntry("user.attribute", userAttribute);
        }
    }

    /** The claim name the app will read: the compose override, else the properties' default, else the documented one. */
    private static String claimName(String variable, String documentedDefault) {
        if (appEnvironment().containsKey(variable)) {
            return appEnvironment().get(variable);
        }
        String fromProperties = placeholders(properties.values()).get(variable);
        return fromProperties != null ? fromProperties : documentedDefault;
    }

    private static String registrationId() {
        Set<String> ids = prodProperties.keySet().stream().filter(k -> k.startsWith(REGISTRATION_PREFIX))
                .map(k -> k.substring(REGISTRATION_PREFIX.length(), k.indexOf('.', REGISTRATION_PREFIX.length())))
                .collect(Collectors.toSet());
        assertThat(ids).as("OAuth2 client registrations in application-prod.properties").hasSize(1);
        return ids.iterator().next();
    }

    private static String registrationProperty(String name) {
        String value = prodProperties.get(REGISTRATION_PREFIX + registrationId() + "." + name);
        assertThat(value).as("%s%s.%s in application-prod.properties", REGISTRATION_PREFIX, registrationId(), name).isNotNull();
        return value;
    }

    private static Map<String, Object> realmClient() {
        String clientId = appValueOf(registrationProperty("client-id"));
        return list(realm.get("clients")).stream().map(ComposeConfigurationTest::map)
                .filter(c -> clientId.equals(c.get("clientId"))).findFirst()
                .orElseGet(() -> fail("realm has no client %s (the app's client id)", clientId));
    }

    /** The value a property gets in the compose app: its ${VAR} taken from the app's environment. */
    private static String appValueOf(String propertyValue) {
        Matcher m = PROPERTY_PLACEHOLDER.matcher(propertyValue);
        assertThat(m.matches()).as("property value %s is one ${VAR}", propertyValue).isTrue();
        String value = appEnvironment().getOrDefault(m.group(1), m.group(2));
        assertThat(value).as("app environment sets %s", m.group(1)).isNotNull();
        return value;
    }

    /** The host port browsers use: the proxy's, in front of the app nodes. */
    private static int appPublishedPort() {
        Map<String, Object> proxy = service("proxy");
        int containerPort = proxyBindPort();
        String mode = str(proxy.get("network_mode"));
        Map<String, Object> owner = mode.startsWith("service:") ? service(mode.substring("service:".length())) : proxy;
        return publishedPorts(owner).entrySet().stream().filter(e -> e.getValue() == containerPort).map(Map.Entry::getKey)
                .findFirst().orElseGet(() -> fail("the proxy's port %d is not published", containerPort));
    }

    private static int proxyBindPort() {
        Matcher bind = Pattern.compile("(?m)^\\s*bind\\s+[^:\\s]*:(\\d+)").matcher(haproxy);
        assertThat(bind.find()).as("a bind line in deploy/haproxy/haproxy.cfg").isTrue();
        return Integer.parseInt(bind.group(1));
    }

    /** The app nodes: every service built from the app's image. */
    private static List<String> appNodes() {
        return services.entrySet().stream().filter(e -> "clipdesk:local".equals(map(e.getValue()).get("image")))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** host port -> container port, from "HOST:CONTAINER" entries. */
    private static Map<Integer, Integer> publishedPorts(Map<String, Object> service) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (Object p : list(service.get("ports"))) {
            String[] parts = str(p).split(":");
            ports.put(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1].replace("/tcp", "")));
        }
        return ports;
    }

    private static Set<String> roleNames() {
        return Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("docker-compose.yml services").containsKey(name);
        return map(services.get(name));
    }

    private static Map<String, String> appEnvironment() {
        return environment(service("app"));
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(str(k), v == null ? "" : str(v)));
        } else if (raw != null) {
            list(raw).forEach(e -> env.put(str(e).split("=", 2)[0], str(e).split("=", 2)[1]));
        }
        return env;
    }

    /** Variables in ${VAR} or ${VAR:default} placeholders, with their default (null when none). */
    private static Map<String, String> placeholders(Iterable<String> values) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String value : values) {
            Matcher m = PROPERTY_PLACEHOLDER.matcher(value);
            while (m.find()) {
                found.put(m.group(1), m.group(2));
            }
        }
        return found;
    }

    /** spring.datasource.url -> SPRING_DATASOURCE_URL, as Boot's relaxed binding reads it. */
    private static String asEnvironmentVariable(String key) {
        return key.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** Compose interpolation with .env.example as the .env file; records each ${VAR:-default}. */
    private static String interpolate(String text) {
        Matcher m = COMPOSE_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else {
                String name = m.group(1);
                if (m.group(2) != null && m.group(2).contains("-")) {
                    composeDefaults.put(name, m.group(3));
                }
                replacement = envExample.getOrDefault(name, m.group(2) != null && m.group(2).contains("-") ? m.group(3) : null);
                assertThat(replacement).as("compose variable %s has no value in .env.example and no default", name).isNotNull();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> readEnvFile(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.substring(0, line.indexOf('=')).trim(), line.substring(line.indexOf('=') + 1).trim());
            }
        }
        return values;
    }

    private static Map<String, String> readProperties(Path file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).as("expected a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? new ArrayList<>() : o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }

    private static String str(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(" ")) : String.valueOf(o);
    }
}

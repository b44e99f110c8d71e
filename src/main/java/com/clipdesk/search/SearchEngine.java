package com.clipdesk.search;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine that holds the search index, chosen by {@code clipdesk.search.engine}: embedded Lucene
 * (the default, index files under the data directory) or an OpenSearch/Elasticsearch cluster. What
 * differs between them outside Hibernate Search lives here: which engine serves (shown on the search
 * page), whether each index exists (a deleted directory; a deleted OpenSearch index) and the cluster's
 * state for the health check.
 */
@Component
public class SearchEngine {

    /** Values of {@code clipdesk.search.engine}. */
    public enum Kind {
        LUCENE, OPENSEARCH, ELASTICSEARCH;

        static Kind parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("clipdesk.search.engine (CLIPDESK_SEARCH_ENGINE) must be lucene, "
                        + "opensearch or elasticsearch, not '" + value + "'");
            }
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final Kind kind;
    private final String configuredVersion;
    private final String directoryType;
    private final Path root;
    private volatile @Nullable String served;
    private final boolean outboxPolling;

    SearchEngine(EntityManagerFactory entityManagerFactory, SearchBackendSettings settings,
            @Value("${clipdesk.search.engine:lucene}") String kind,
            @Value("${spring.jpa.properties.hibernate.search.backend.version:}") String configuredVersion,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directoryType,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:.}") String root) {
        this.entityManagerFactory = entityManagerFactory;
        this.kind = Kind.parse(kind);
        this.configuredVersion = configuredVersion;
        this.directoryType = directoryType;
        this.root = Path.of(root);
        this.outboxPolling = settings.outboxPolling();
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the nodes index through Hibernate Search's outbox (clipdesk.search.coordination): a commit
     * then writes outbox events only, and a node's agent indexes them a moment later, so waiting for the
     * index at commit means nothing.
     */
    public boolean indexesThroughOutbox() {
        return outboxPolling;
    }

    /**
     * "Embedded Lucene 9.12.3" or "OpenSearch 3.8.0" as the cluster reports itself; the configured
     * version ("OpenSearch 3.8") while the cluster does not answer.
     */
    public String description() {
        if (kind == Kind.LUCENE) {
            return "Embedded Lucene " + Version.LATEST;
        }
        String known = served;
        if (known != null) {
            return known;
        }
        try {
            JsonObject version = get("/").getAsJsonObject("version");
            String distribution = version.has("distribution") ? version.get("distribution").getAsString()
                    : "elasticsearch";
            known = productName(distribution) + " " + version.get("number").getAsString();
            served = known;
            return known;
        } catch (RuntimeException e) {
            String[] configured = configuredVersion.split(":", 2);
            return configured.length == 2 ? productName(configured[0]) + " " + configured[1]
                    : productName(kind.name());
        }
    }

    private static String productName(String distribution) {
        return distribution.equalsIgnoreCase("opensearch") ? "OpenSearch" : "Elasticsearch";
    }

    /** Where the index lives, for operators: the directory, or the cluster's hosts. */
    String location() {
        return kind == Kind.LUCENE ? root.toAbsolutePath().toString() : client().getNodes().toString();
    }

    /**
     * Indexes (by Hibernate Search name) that do not exist: no readable Lucene index in their directory
     * (none when the index lives in memory), or no index behind their read alias on the cluster.
     *
     * @throws UncheckedIOException when the cluster does not answer
     */
    List<String> missingIndexes() {
        List<String> missing = new ArrayList<>();
        if (kind == Kind.LUCENE && !"local-filesystem".equals(directoryType)) {
            return missing;
        }
        for (var type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            String name = type.indexManager().descriptor().hibernateSearchName();
            boolean exists = kind == Kind.LUCENE ? luceneIndexExists(root.resolve(name))
                    : clusterIndexExists(type.indexManager().unwrap(ElasticsearchIndexManager.class).descriptor()
                            .readName());
            if (!exists) {
                missing.add(name);
            }
        }
        return missing;
    }

    private static boolean luceneIndexExists(Path directory) {
        try (FSDirectory lucene = FSDirectory.open(directory)) {
            return Files.isDirectory(directory) && DirectoryReader.indexExists(lucene);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean clusterIndexExists(String alias) {
        try {
            // a HEAD answered 404 is not an error for the client: it returns the response
            Response response = client().performRequest(new Request("HEAD", "/" + alias));
            return response.getStatusLine().getStatusCode() == 200;
        } catch (IOException e) {
            throw notAnswering(e);
        }
    }

    /**
     * The cluster's health ("green", "yellow" or "red"); null for embedded Lucene.
     *
     * @throws UncheckedIOException when the cluster does not answer
     */
    @Nullable String clusterStatus() {
        if (kind == Kind.LUCENE) {
            return null;
        }
        return get("/_cluster/health").get("status").getAsString();
    }

    private JsonObject get(String path) {
        try {
            Response response = client().performRequest(new Request("GET", path));
            return JsonParser.parseString(new String(response.getEntity().getContent().readAllBytes(),
                    StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw notAnswering(e);
        }
    }

    /**
     * Removes one entity's document from the cluster's index, and only there (refreshed at once): for
     * the commit-to-searchable measurement, which must not change content. Only for a cluster.
     */
    void deleteDocument(Class<?> entity, Object id) {
        if (kind == Kind.LUCENE) {
            throw new IllegalStateException("Only a search cluster's documents are removed this way");
        }
        String index = Search.mapping(entityManagerFactory).indexedEntity(entity).indexManager()
                .unwrap(ElasticsearchIndexManager.class).descriptor().writeName();
        try {
            Request delete = new Request("DELETE", "/" + index + "/_doc/" + id);
            delete.addParameter("refresh", "true");
            client().performRequest(delete);
        } catch (org.elasticsearch.client.ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) { // 404: already gone
                throw new UncheckedIOException("The search engine at " + location() + " refused to remove "
                        + entity.getSimpleName() + " " + id + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw notAnswering(e);
        }
    }

    private UncheckedIOException notAnswering(IOException e) {
        return new UncheckedIOException("The search engine at " + location() + " does not answer: " + e.getMessage(), e);
    }

    /** The low-level client Hibernate Search talks to the cluster with (its hosts, TLS and credentials). */
    RestClient client() {
        return Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)
                .client(RestClient.class);
    }
}

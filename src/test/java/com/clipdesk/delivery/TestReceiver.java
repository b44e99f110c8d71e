package com.clipdesk.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on 127.0.0.1 that records every request and answers the planned statuses in
 * turn (then 200); {@link #HANG} answers only after {@code hangMillis}, past the worker's timeout.
 */
final class TestReceiver implements AutoCloseable {

    static final int HANG = -1;

    record Received(long seq, String event, String signature, String contentType, String body, int answered) {}

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Integer> planned = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final long hangMillis;

    TestReceiver(long hangMillis) {
        this(0, hangMillis);
    }

    /** On a given port (0: any). */
    TestReceiver(int port, long hangMillis) {
        this.hangMillis = hangMillis;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Integer plan = planned.pollFirst();
            int status = plan == null ? 200 : plan;
            try {
                Thread.sleep(status == HANG ? hangMillis : delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var h = exchange.getRequestHeaders();
            received.add(new Received(Long.parseLong(h.getFirst("Clipdesk-Delivery")), h.getFirst("Clipdesk-Event"),
                    h.getFirst("Clipdesk-Signature"), h.getFirst("Content-Type"), body, status));
            int answer = status == HANG ? 200 : status;
            byte[] reply = "ok".getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(answer, reply.length);
                exchange.getResponseBody().write(reply);
            } catch (IOException closedByClient) {
                // the worker gave up waiting
            }
            inFlight.decrementAndGet();
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    void plan(int... statuses) {
        for (int s : statuses) {
            planned.addLast(s);
        }
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    /** The most requests this receiver had open at once. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Seqs of requests answered 2xx, in arrival order. */
    List<Long> accepted() {
        return received.stream().filter(r -> r.answered() >= 200 && r.answered() < 300).map(Received::seq).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

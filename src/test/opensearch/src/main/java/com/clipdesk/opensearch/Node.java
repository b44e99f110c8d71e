package com.clipdesk.opensearch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node on 127.0.0.1 for the tests: {@code Node <http-port> <data-dir>}. Runs until
 * its standard input closes (the tests' JVM ended, even killed) or it is terminated (the tests'
 * shutdown hook); closes the node either way.
 */
public final class Node {

    private Node() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String dir = args[1];
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("http.port", port);
            settings.put("transport.port", "0");
            settings.put("network.host", "127.0.0.1");
            settings.put("action.auto_create_index", "false");
        }).build(OpenSearchRunner.newConfigs().basePath(dir).numOfNode(1).clusterName("clipdesk-test")
                .disableESLogger()
                .pluginTypes("org.opensearch.plugin.analysis.kuromoji.AnalysisKuromojiPlugin,"
                        + "org.opensearch.plugin.analysis.nori.AnalysisNoriPlugin"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                // the process ends either way
            }
        }));
        System.out.println("OpenSearch node ready on http://127.0.0.1:" + port);
        // the tests' JVM holds our stdin: when it ends, even killed, the pipe closes and so do we
        while (System.in.read() != -1) {
            // nothing is sent
        }
        System.exit(0);
    }
}

package com.clipdesk.content;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps a private recommendation out of the search index until someone reports it: staff may see
 * a private message only through a report. Declared dependency on the report count, so the
 * transaction that counts the first report also indexes the recommendation.
 */
public class ReportedOnlyRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("reportCount");
        context.bridge(PrivateRecommendation.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<PrivateRecommendation> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, PrivateRecommendation recommendation,
                RoutingBridgeRouteContext context) {
            if (recommendation.isReported()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier,
                PrivateRecommendation recommendation, RoutingBridgeRouteContext context) {
            // no custom routing keys: the document, if any, sits on the default route
            routes.addRoute();
        }
    }
}

package com.clipdesk.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * How an ingest transaction hands its documents to the search index: as Hibernate Search's
 * {@code async} strategy does (the commit does not wait for the index; failures go to the failure
 * handler, which logs them), and once the index has taken them in, {@code then} runs on the indexing
 * thread. A bulk push waited about 55 ms per 500-line chunk for the index's commit and refresh
 * (issue 11's benchmark); the index writes on its own threads while the next chunk is written.
 */
final class IndexInBackground implements IndexingPlanSynchronizationStrategy {

    private final Runnable then;

    IndexInBackground(Runnable then) {
        this.then = then;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        IndexingPlanSynchronizationStrategy.async().apply(new IndexingPlanSynchronizationStrategyConfigurationContext() {
            @Override
            public void documentCommitStrategy(DocumentCommitStrategy strategy) {
                context.documentCommitStrategy(strategy);
            }

            @Override
            public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
                context.documentRefreshStrategy(strategy);
            }

            @Override
            public void indexingFutureHandler(
                    Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
                context.indexingFutureHandler(future -> {
                    handler.accept(future);
                    future.whenComplete((report, failure) -> then.run());
                });
            }

            @Override
            public FailureHandler failureHandler() {
                return context.failureHandler();
            }

            @Override
            public void operationSubmitter(OperationSubmitter submitter) {
                context.operationSubmitter(submitter);
            }
        });
    }
}

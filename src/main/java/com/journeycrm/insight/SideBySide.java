package com.journeycrm.insight;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the Insights view's independent reads side by side, each on its own connection: the view is a dozen grouped
 * passes over the period's history, and one at a time they leave all cores but one idle. As many threads as cores,
 * at most four, shared by every user, so that many managers opening Insights at once queue here instead of taking
 * every connection of the pool.
 */
@Component
class SideBySide implements DisposableBean {

    private static final int MOST_THREADS = 4;

    private final int size = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MOST_THREADS);
    private final ExecutorService threads = Executors.newFixedThreadPool(
            size, Thread.ofPlatform().name("insights-", 1).daemon(true).factory());

    /** How many reads run at once: the journeys are read in as many parts. */
    int threads() {
        return size;
    }

    <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, threads);
    }

    /** The read's result, or the exception it threw (not wrapped, so the caller sees what it would alone). */
    static <T> T result(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}

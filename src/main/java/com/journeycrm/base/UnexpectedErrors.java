package com.journeycrm.base;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where an error nobody expected ends: one log line an operator can act on — an id the user reads, and the whole
 * chain of causes (the real cause is often three wrappers down, e.g. "The database has been closed" behind a
 * constraint's name) with the deepest one's first frame — and a count by kind,
 * {@code journey_errors_unexpected_total{kind=...}} in the Prometheus metrics, to alert on a burst. The stack
 * trace follows at debug level.
 */
@Component
public class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    /** A chain longer than this is cut: a cause that points back into the chain would never end. */
    private static final int MAX_CAUSES = 12;

    private static final int MAX_MESSAGE = 300;

    private final MeterRegistry meters;

    public UnexpectedErrors(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Logs and counts the error; returns the id to show the user. */
    public String report(Throwable error) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        if (browserWentAway(error)) {
            // a tab closed or a connection dropped while the answer was written: nothing for an operator to do
            log.debug("Error {}: the browser went away: {}", id, describe(error));
            return id;
        }
        log.error("Error {}: {}", id, describe(error));
        log.debug("Error {} in full", id, error);
        Counter.builder("journey.errors.unexpected")
                .description("Errors no user was meant to see, by their deepest cause")
                .tag("kind", deepest(error).getClass().getSimpleName())
                .register(meters)
                .increment();
        return id;
    }

    /** "A: message <- B: message <- C: message at frame": the error and each of its causes, on one line. */
    public static String describe(Throwable error) {
        var line = new StringBuilder();
        int causes = 0;
        for (Throwable t = error; t != null && causes < MAX_CAUSES; t = t.getCause() == t ? null : t.getCause()) {
            if (causes++ > 0) {
                line.append(" <- ");
            }
            line.append(t.getClass().getName());
            if (t.getMessage() != null) {
                line.append(": ").append(oneLine(t.getMessage()));
            }
        }
        var trace = deepest(error).getStackTrace();
        return line.append(" at ")
                .append(trace.length == 0 ? "(no stack)" : trace[0].toString())
                .toString();
    }

    /** Tomcat's (and Jetty's) word for an answer the browser no longer reads. */
    static boolean browserWentAway(Throwable error) {
        int causes = 0;
        for (Throwable t = error; t != null && causes++ < MAX_CAUSES; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("ClientAbortException") || name.equals("EofException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable deepest(Throwable error) {
        Throwable deepest = error;
        for (int i = 0; i < MAX_CAUSES && deepest.getCause() != null && deepest.getCause() != deepest; i++) {
            deepest = deepest.getCause();
        }
        return deepest;
    }

    /** SQL errors repeat the whole statement over several lines: the first line, cut, says what went wrong. */
    private static String oneLine(String message) {
        String first = message.lines().findFirst().orElse("").strip();
        return first.length() > MAX_MESSAGE ? first.substring(0, MAX_MESSAGE) + "…" : first;
    }
}

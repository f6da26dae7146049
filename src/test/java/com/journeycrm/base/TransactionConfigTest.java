package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the embedded H2 one writing transaction runs at a time, from its first statement to its commit, so that H2
 * never writes its file while another transaction is half-way (what the crash test found half saved); reading
 * transactions never wait for it.
 */
@IntegrationTest
class TransactionConfigTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void a_second_writer_waits_for_the_first_to_commit_while_a_reader_does_not() throws Exception {
        var manager = (TransactionConfig.OneWriterAtATime) transactions;
        var release = new CountDownLatch(1);
        Thread first = holdAWriteTransaction(manager, release);

        Thread second = Thread.ofPlatform()
                .start(() -> write(manager).executeWithoutResult(s -> {
                    jdbc.queryForObject("select count(*) from client", Long.class);
                    events.add("second wrote");
                }));
        waitUntil(() -> manager.waitingWriters() == 1);

        read(manager).executeWithoutResult(s -> {
            jdbc.queryForObject("select count(*) from client", Long.class);
            events.add("read");
        });
        assertThat(events).containsExactly("first wrote", "read");

        release.countDown();
        first.join();
        second.join();
        assertThat(events).containsExactly("first wrote", "read", "first committed", "second wrote");
    }

    @Test
    void a_writer_that_waits_too_long_is_refused_and_nothing_runs() throws Exception {
        var impatient = new TransactionConfig.OneWriterAtATime(Duration.ofMillis(200));
        impatient.setEntityManagerFactory(entityManagerFactory);
        impatient.afterPropertiesSet();
        var release = new CountDownLatch(1);
        Thread first = holdAWriteTransaction(impatient, release);
        try {
            assertThatThrownBy(() -> write(impatient).executeWithoutResult(s -> events.add("second wrote")))
                    .isInstanceOf(PessimisticLockingFailureException.class);
        } finally {
            release.countDown();
            first.join();
        }
        assertThat(events).containsExactly("first wrote", "first committed");
        write(impatient).executeWithoutResult(s -> events.add("third wrote"));
        assertThat(events).endsWith("third wrote");
    }

    @Test
    void a_writer_may_open_a_new_transaction_inside_its_own_and_then_leaves_the_way_free() throws Exception {
        var manager = (TransactionConfig.OneWriterAtATime) transactions;
        var inner = write(manager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        write(manager).executeWithoutResult(outer -> inner.executeWithoutResult(s -> events.add("inner wrote")));

        Thread other = Thread.ofPlatform().start(() -> write(manager).executeWithoutResult(s -> events.add("other")));
        assertThat(other.join(Duration.ofSeconds(5)))
                .as("another thread may write afterwards")
                .isTrue();
        assertThat(events).containsExactly("inner wrote", "other");
    }

    private Thread holdAWriteTransaction(PlatformTransactionManager manager, CountDownLatch release)
            throws InterruptedException {
        var holding = new CountDownLatch(1);
        Thread thread = Thread.ofPlatform().start(() -> {
            write(manager).executeWithoutResult(s -> {
                jdbc.queryForObject("select count(*) from client", Long.class);
                events.add("first wrote");
                // recorded before the lock is let go, so that no later writer can come first
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        events.add("first committed");
                    }
                });
                holding.countDown();
                await(release);
            });
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return thread;
    }

    private static TransactionTemplate write(PlatformTransactionManager manager) {
        return new TransactionTemplate(manager);
    }

    private static TransactionTemplate read(PlatformTransactionManager manager) {
        var template = new TransactionTemplate(manager);
        template.setReadOnly(true);
        return template;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}

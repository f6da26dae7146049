package com.journeycrm.base;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The app's transaction manager: Spring's JPA one, which on the embedded H2 lets one writing transaction run at a
 * time (from its first statement to its commit being in the file); reading transactions never wait.
 *
 * <p>Why: H2's MVStore writes a commit to its file by taking each table's state one after the other, while other
 * transactions keep writing. A kill -9 can then leave the file with part of a transaction that was still running
 * at that moment — a move recorded but not the client's new stage, one board counter changed but not the other —
 * which H2 takes for committed when it reopens (the crash test found both, and acknowledged changes overwritten
 * by such leftovers). With one writer at a time every write of the file happens with no other transaction
 * half-way, so the file always holds whole transactions. PostgreSQL needs none of this and is left alone.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {

    @Bean
    PlatformTransactionManager transactionManager(
            Database database,
            ObjectProvider<TransactionManagerCustomizers> customizers,
            @Value("${journey.db.write-wait:10s}") Duration writeWait) {
        var manager = database.isEmbedded() ? new OneWriterAtATime(writeWait) : new JpaTransactionManager();
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    /** {@link JpaTransactionManager} with one lock that every writing transaction holds while it runs. */
    static final class OneWriterAtATime extends JpaTransactionManager {

        private final ReentrantLock writer = new ReentrantLock(true);
        /** Per thread, for each transaction begun and not yet cleaned up: whether it holds the lock. */
        private final ThreadLocal<Deque<Boolean>> held = ThreadLocal.withInitial(ArrayDeque::new);

        private final long waitNanos;

        OneWriterAtATime(Duration wait) {
            this.waitNanos = wait.toNanos();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            boolean writes = !definition.isReadOnly();
            if (writes) {
                acquire();
            }
            try {
                super.doBegin(transaction, definition);
            } catch (RuntimeException | Error e) {
                if (writes) {
                    writer.unlock();
                }
                throw e;
            }
            held.get().push(writes);
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            try {
                super.doCleanupAfterCompletion(transaction);
            } finally {
                Deque<Boolean> mine = held.get();
                if (!mine.isEmpty() && mine.pop()) {
                    writer.unlock();
                }
                if (mine.isEmpty()) {
                    held.remove();
                }
            }
        }

        private void acquire() {
            try {
                if (!writer.tryLock(waitNanos, TimeUnit.NANOSECONDS)) {
                    throw new CannotAcquireLockException("Another change took longer than "
                            + TimeUnit.NANOSECONDS.toSeconds(waitNanos) + " s; nothing was saved");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CannotAcquireLockException("Interrupted while waiting for another change", e);
            }
        }

        /** For tests: how many threads wait to write. */
        int waitingWriters() {
            return writer.getQueueLength();
        }
    }
}

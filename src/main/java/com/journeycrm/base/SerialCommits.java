package com.journeycrm.base;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * On the embedded H2, one transaction commits at a time. H2's store commits a transaction row by row after marking
 * it committed, and another transaction's commit writes the store to the file; when the app was killed while one
 * wrote the file in the middle of another's commit, the reopened database held the second transaction half applied
 * (a move recorded without the client's new stage; a board count's +1 without its -1). With one commit at a time,
 * the file is written between whole commits. Read-only transactions and PostgreSQL are not held up.
 */
@Configuration(proxyBeanMethods = false)
class SerialCommits {

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, Environment environment,
                                                  ObjectProvider<TransactionManagerCustomizers> customizers) {
        boolean embedded = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        var manager = embedded ? new OneCommitAtATime(entityManagerFactory) : new JpaTransactionManager(
                entityManagerFactory);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    private static final class OneCommitAtATime extends JpaTransactionManager {

        private final transient ReentrantLock commit = new ReentrantLock(true);

        OneCommitAtATime(EntityManagerFactory entityManagerFactory) {
            super(entityManagerFactory);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (status.isReadOnly()) {
                super.doCommit(status);
                return;
            }
            commit.lock();
            try {
                super.doCommit(status);
            } finally {
                commit.unlock();
            }
        }
    }
}

package kz.sheber.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;

/** Issue 18: a method marked {@link RetryOnConflict} runs again, as a whole, after a write conflict, a bounded number of times. */
@SheberTest
class ConflictRetryTest {

    @Autowired
    ConflictingWork work;

    @Test
    void a_transaction_that_lost_a_write_conflict_runs_again_in_a_transaction_of_its_own() {
        work.loseTimes(3);
        assertThat(work.run()).isEqualTo("done");
        assertThat(work.transactions()).hasSize(4).containsOnly("in a transaction");
    }

    @Test
    void a_conflict_that_outlasts_every_attempt_reaches_the_caller() {
        work.loseTimes(ConflictRetry.ATTEMPTS);
        assertThatThrownBy(work::run).isInstanceOf(CannotAcquireLockException.class);
        assertThat(work.transactions()).hasSize(ConflictRetry.ATTEMPTS);
    }

    @Test
    void any_other_failure_is_not_retried() {
        work.loseTimes(0);
        assertThatThrownBy(work::refuse).isInstanceOf(IllegalArgumentException.class);
        assertThat(work.transactions()).containsExactly("refused");
    }
}

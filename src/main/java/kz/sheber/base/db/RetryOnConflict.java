package kz.sheber.base.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated {@code @Transactional} service method again, as a whole, when the database gave up on its
 * transaction: a deadlock, a lock wait timeout, or Galera's certification failure, which another node's write to
 * the same rows causes at COMMIT. Called inside a transaction already, the method joins it and the outermost
 * retried call runs again instead. See {@link ConflictRetry}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConflict {}

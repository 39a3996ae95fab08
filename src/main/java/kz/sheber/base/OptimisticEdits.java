package kz.sheber.base;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Two people editing the same record: the second save is refused with a message they can act on, never a lost
 * update. Forms carry the version they were opened with; the entity's {@code @Version} catches the race left.
 */
public final class OptimisticEdits {

    public static final String CHANGED_MEANWHILE = "edit.changedMeanwhile";

    private OptimisticEdits() {}

    /** Refuses an edit started from an older version than the one stored now. */
    public static void check(long stored, long startedFrom) {
        if (stored != startedFrom) {
            throw InvalidInput.form(CHANGED_MEANWHILE);
        }
    }

    /** Runs a save that flushes, turning a concurrent writer's win into the same message. */
    public static <T> T saving(Supplier<T> save) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException e) {
            throw InvalidInput.form(CHANGED_MEANWHILE);
        }
    }
}

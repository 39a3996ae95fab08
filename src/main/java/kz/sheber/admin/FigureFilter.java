package kz.sheber.admin;

import org.jspecify.annotations.Nullable;

/** Which sessions count: each id narrows to one craft, workshop, instructor or room; null means all of them. */
public record FigureFilter(
        @Nullable Long craftId,
        @Nullable Long workshopId,
        @Nullable Long instructorId,
        @Nullable Long roomId) {

    public static final FigureFilter ALL = new FigureFilter(null, null, null, null);

    public FigureFilter withInstructor(long instructor) {
        return new FigureFilter(craftId, workshopId, instructor, roomId);
    }
}

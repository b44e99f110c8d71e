package com.clipdesk.content;

/** Formats offsets into an episode the way an editor reads them: 1:02:05, 12:04. */
public final class Timecode {

    private Timecode() {}

    public static String of(int seconds) {
        int h = seconds / 3600;
        int m = (seconds % 3600) / 60;
        int s = seconds % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }

    public static String range(int startSecond, int endSecond) {
        return of(startSecond) + "–" + of(endSecond);
    }
}

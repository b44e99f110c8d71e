package com.clipdesk.appeal;

/** Of the decided appeals against decisions with this reason code, how many were overturned or narrowed. */
public record OverturnRate(String reasonCode, String reasonLabel, long decided, long upheld, long overturned,
        long modified) {

    /** Share of decided appeals that reversed the decision (overturned), 0 to 1. */
    public double overturnRate() {
        return decided == 0 ? 0 : (double) overturned / decided;
    }

    /** Share of decided appeals that changed it at all (overturned or narrowed), 0 to 1. */
    public double changedRate() {
        return decided == 0 ? 0 : (double) (overturned + modified) / decided;
    }
}

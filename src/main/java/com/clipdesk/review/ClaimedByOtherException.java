package com.clipdesk.review;

import java.time.Instant;

/** A reviewer acted on a case that someone else holds: nothing changed. */
public class ClaimedByOtherException extends RuntimeException {

    private final String holder;
    private final Instant leaseUntil;

    public ClaimedByOtherException(long caseId, String holder, Instant leaseUntil) {
        super("Case " + caseId + " is being reviewed by " + holder + ". Nothing was changed; pick another case.");
        this.holder = holder;
        this.leaseUntil = leaseUntil;
    }

    public String holder() {
        return holder;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }
}

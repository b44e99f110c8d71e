package com.clipdesk.staff;

import java.time.Instant;

/**
 * Every console session of a staff member authenticated before {@code at} was ended, by
 * {@code endedBy} (the member themself when {@code own}). Published in the transaction that records it.
 */
public record StaffSessionsEnded(String subject, String username, String endedBy, boolean own, Instant at) {}

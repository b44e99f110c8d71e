package com.clipdesk.member;

import java.time.Instant;

/** What staff see of a member: a pseudonymous handle, where they live, their age band and since when. */
public record MemberDetails(long id, String handle, String homeMarket, String ageBand, Instant joinedAt) {}

package com.clipdesk.notice;

/**
 * A notice was written to a member, in the transaction of the decision it tells of (after the notice
 * row is saved). The decision feed carries it in that decision's entry: {@code notice.decisionReference()}
 * ("takedown #12", "decision #40", "appeal #3") names the decision.
 */
public record MemberNoticeIssued(NoticeRow notice) {}

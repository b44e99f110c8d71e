package com.clipdesk.takedown;

import java.time.Instant;

/** A step of a takedown's history as the item page shows it. */
public record TakedownHistoryLine(TakedownAction action, String markets, String actor, Instant at, String reason) {}

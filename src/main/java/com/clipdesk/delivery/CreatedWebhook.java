package com.clipdesk.delivery;

/** A webhook just created, with its signing secret: the only time (with rotation) that staff see it. */
public record CreatedWebhook(WebhookRow webhook, String secret) {}

package com.clipdesk.notice;

/** A notice's subject and body with the facts filled in. */
public record RenderedNotice(String language, String subject, String body) {}

package com.clipdesk.content;

/** An item by kind and id. */
public record ContentRef(ContentKind kind, long id) {}

package com.clipdesk.content;

/** What an item is made of, as a statement of reasons names it (a Moment is video with a caption). */
public enum ContentMedium {
    VIDEO,
    IMAGE,
    TEXT
}

package com.clipdesk.appeal;

/** How the appeal reached us: the member app's API, or a channel staff record it from. */
public enum AppealChannel {
    APP("Member app (API)"),
    EMAIL("Email"),
    LETTER("Letter"),
    PHONE("Phone"),
    AUTHORITY("Via an authority"),
    OTHER("Other");

    private final String label;

    AppealChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package com.clipdesk.shell;

import java.security.SecureRandom;

/** Short ids for unexpected errors: the staff member quotes it, the log line carries it. */
final class ErrorIds {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {}

    /** 8 characters, without look-alikes (0/O, 1/I). */
    static String next() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}

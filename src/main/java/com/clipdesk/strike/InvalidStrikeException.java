package com.clipdesk.strike;

/** A strike or restriction change a staff member can fix or must know about; nothing was saved. */
public class InvalidStrikeException extends RuntimeException {

    public InvalidStrikeException(String message) {
        super(message);
    }
}

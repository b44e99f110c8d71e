package com.clipdesk.transparency;

/** An export stopped before writing anything, because some statements would be refused. */
public class ExportRejectedException extends RuntimeException {

    private final ExportCheck check;

    public ExportRejectedException(ExportCheck check) {
        super(check.summary());
        this.check = check;
    }

    public ExportCheck check() {
        return check;
    }
}

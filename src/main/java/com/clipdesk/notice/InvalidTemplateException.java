package com.clipdesk.notice;

import java.util.List;
import java.util.stream.Collectors;

/** A template's text cannot be saved (or previewed); nothing was written. */
public class InvalidTemplateException extends RuntimeException {

    /** One problem, on the field "subject" or "body". */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    InvalidTemplateException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

package com.clipdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Clipdesk: the moderation and content-operations console of the streaming service. */
@SpringBootApplication
public class ClipdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClipdeskApplication.class, args);
    }
}

package com.clipdesk.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, encrypts the webhook secrets stored before they were encrypted at rest (each row
 * updated only while it still holds the plain value, so two nodes starting at once do not clash).
 */
@Component
class WebhookSecretSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WebhookSecretSealing.class);

    private final JdbcClient jdbc;
    private final WebhookSecrets secrets;

    WebhookSecretSealing(JdbcClient jdbc, WebhookSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int sealed = 0;
        for (var row : jdbc.sql("select id, secret from webhook_subscription where secret not like ?")
                .param(WebhookSecrets.SEALED + "%").query().listOfRows()) {
            String plain = (String) row.get("secret");
            sealed += jdbc.sql("update webhook_subscription set secret = ? where id = ? and secret = ?")
                    .params(secrets.seal(plain), ((Number) row.get("id")).longValue(), plain).update();
        }
        if (sealed > 0) {
            log.info("Webhook secrets: encrypted {} secret(s) stored in plain text", sealed);
        }
    }
}

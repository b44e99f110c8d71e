package com.clipdesk.demo;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataConfiguration {

    /**
     * The demo data is dated relative to "now". Another module may define the application's Clock;
     * this one only fills the gap. {@code @Fallback} keeps the other one preferred should both be
     * registered (the missing-bean condition depends on configuration order).
     */
    @Bean
    @Fallback
    @ConditionalOnMissingBean(Clock.class)
    Clock demoClock() {
        return Clock.systemUTC();
    }
}

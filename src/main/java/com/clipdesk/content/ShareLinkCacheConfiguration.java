package com.clipdesk.content;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's caches (Spring Cache over Caffeine). Only one so far: the facts of share links
 * by token, bounded in size and with a short time to live as a safety net — correctness comes from
 * the eviction on every visibility change ({@link ShareLinkStatuses}), the TTL only bounds what a
 * missed eviction (another node, a manual SQL fix) could cost.
 */
@Configuration(proxyBeanMethods = false)
class ShareLinkCacheConfiguration {

    static final String CACHE = "share-link-facts";

    @Bean
    CacheManager cacheManager(@Value("${clipdesk.share-links.cache.max-size:100000}") long maxSize,
            @Value("${clipdesk.share-links.cache.ttl:PT30S}") Duration ttl) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.registerCustomCache(CACHE, Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(ttl)
                .recordStats().build());
        return manager;
    }

    @Bean(CACHE)
    Cache shareLinkFactsCache(CacheManager cacheManager) {
        return cacheManager.getCache(CACHE);
    }
}

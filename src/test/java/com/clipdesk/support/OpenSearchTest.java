package com.clipdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} against the test OpenSearch node ({@link OpenSearchNode}) instead of
 * the in-memory Lucene index. Test classes with this annotation and no other differences share one
 * application context. Name them {@code *OpenSearchIT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = OpenSearchNode.class)
public @interface OpenSearchTest {}

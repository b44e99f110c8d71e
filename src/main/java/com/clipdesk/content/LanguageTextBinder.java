package com.clipdesk.content;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.model.PojoElementAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Indexes an entity's text (the property named by the "text" parameter) a second time, into the
 * field of its language ({@code text_ja}, {@code text_ko}, …; {@link SearchMapping#LANGUAGES}), so
 * the language's analyzer reads it. Every field exists in every index (queries span both entity
 * types), but a document fills only its own language's. Searched only: neither stored nor
 * highlighted (snippets come from "text"; the search module marks what the language analyzer
 * matched there itself), which keeps the index small and a results page to one highlighter.
 */
public class LanguageTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        String textProperty = context.param("text", String.class);
        // Accessors declare the dependencies: a change of the text or the language reindexes
        PojoElementAccessor<String> text = context.bridgedElement().property(textProperty).createAccessor(String.class);
        // language="" (reports): the fields exist, so every index has the same ones, but stay empty
        String languageProperty = context.paramOptional("language", String.class).orElse("language");
        PojoElementAccessor<String> language = languageProperty.isEmpty() ? null
                : context.bridgedElement().property(languageProperty).createAccessor(String.class);
        Map<String, IndexFieldReference<String>> fields = new LinkedHashMap<>();
        for (String code : SearchMapping.LANGUAGES) {
            fields.put(code, context.indexSchemaElement()
                    .field(SearchMapping.textField(code), f -> f.asString().analyzer(code))
                    .toReference());
        }
        context.bridge(new Bridge(text, language, fields));
    }

    private record Bridge(PojoElementAccessor<String> text, @Nullable PojoElementAccessor<String> language,
            Map<String, IndexFieldReference<String>> fields) implements TypeBridge<Object> {

        @Override
        public void write(DocumentElement target, Object bridged, TypeBridgeWriteContext context) {
            if (language == null) {
                return;
            }
            String served = SearchMapping.servedLanguage(language.read(bridged));
            if (served != null) {
                target.addValue(fields.get(served), text.read(bridged));
            }
        }
    }
}

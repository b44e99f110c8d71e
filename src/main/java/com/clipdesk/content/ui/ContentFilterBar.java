package com.clipdesk.content.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.content.ContentFilter;
import com.clipdesk.content.ContentState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Market, state, language and date filters shared by the content grids. */
class ContentFilterBar extends HorizontalLayout {

    private final ComboBox<MarketView> market = new ComboBox<>("Market");
    private final ComboBox<ContentState> state = new ComboBox<>("State");
    private final ComboBox<String> language = new ComboBox<>("Language");
    private final DatePicker from = new DatePicker("Created from");
    private final DatePicker to = new DatePicker("Created to");
    private final Consumer<ContentFilter> onChange;
    private boolean applying;

    ContentFilterBar(List<MarketView> markets, List<String> languages, Consumer<ContentFilter> onChange) {
        this.onChange = onChange;
        market.setItems(markets);
        market.setItemLabelGenerator(MarketView::label);
        market.setPlaceholder("All my markets");
        market.setClearButtonVisible(true);
        state.setItems(ContentState.values());
        state.setItemLabelGenerator(ContentState::label);
        state.setPlaceholder("Any state");
        state.setClearButtonVisible(true);
        language.setItems(languages);
        language.setPlaceholder("Any language");
        language.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        market.setWidth("13rem");
        state.setWidth("11rem");
        language.setWidth("9rem");
        from.setWidth("10rem");
        to.setWidth("10rem");
        Button reset = new Button("Reset", e -> {
            market.clear();
            state.clear();
            language.clear();
            from.clear();
            to.clear();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        for (var field : List.of(market, state, language)) {
            field.addValueChangeListener(e -> changed());
        }
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        add(market, state, language, from, to, reset);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("cd-filter-bar");
    }

    private void changed() {
        if (!applying) {
            onChange.accept(filter());
        }
    }

    /**
     * Sets the fields from a deep link such as {@code moments?market=BR&state=PENDING_REVIEW};
     * values that are unknown or outside the staff member's markets are ignored. Reports once.
     */
    void apply(QueryParameters query) {
        applying = true;
        try {
            market.setValue(first(query, "market").flatMap(code -> market.getListDataView().getItems()
                    .filter(m -> m.code().equals(code)).findFirst()).orElse(null));
            state.setValue(first(query, "state").flatMap(name -> Arrays.stream(ContentState.values())
                    .filter(s -> s.name().equals(name)).findFirst()).orElse(null));
            language.setValue(first(query, "language").filter(l -> language.getListDataView().getItems()
                    .anyMatch(l::equals)).orElse(null));
            from.setValue(first(query, "from").flatMap(ContentFilterBar::day).orElse(null));
            to.setValue(first(query, "to").flatMap(ContentFilterBar::day).orElse(null));
        } finally {
            applying = false;
        }
        onChange.accept(filter());
    }

    /** The current filter as query parameters, for the address bar. */
    QueryParameters toQuery() {
        ContentFilter f = filter();
        Map<String, String> params = new LinkedHashMap<>();
        if (f.market() != null) {
            params.put("market", f.market());
        }
        if (f.state() != null) {
            params.put("state", f.state().name());
        }
        if (f.language() != null) {
            params.put("language", f.language());
        }
        if (f.from() != null) {
            params.put("from", f.from().toString());
        }
        if (f.to() != null) {
            params.put("to", f.to().toString());
        }
        return QueryParameters.simple(params);
    }

    private static Optional<String> first(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> !v.isBlank());
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    ContentFilter filter() {
        var fromDay = from.getValue();
        var toDay = to.getValue();
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            toDay = null;
        }
        return new ContentFilter(market.getValue() == null ? null : market.getValue().code(), state.getValue(),
                language.getValue(), fromDay, toDay);
    }
}

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
import java.util.List;
import java.util.function.Consumer;

/** Market, state, language and date filters shared by the content grids. */
class ContentFilterBar extends HorizontalLayout {

    private final ComboBox<MarketView> market = new ComboBox<>("Market");
    private final ComboBox<ContentState> state = new ComboBox<>("State");
    private final ComboBox<String> language = new ComboBox<>("Language");
    private final DatePicker from = new DatePicker("Created from");
    private final DatePicker to = new DatePicker("Created to");

    ContentFilterBar(List<MarketView> markets, List<String> languages, Consumer<ContentFilter> onChange) {
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
            field.addValueChangeListener(e -> onChange.accept(filter()));
        }
        from.addValueChangeListener(e -> onChange.accept(filter()));
        to.addValueChangeListener(e -> onChange.accept(filter()));
        add(market, state, language, from, to, reset);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("cd-filter-bar");
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

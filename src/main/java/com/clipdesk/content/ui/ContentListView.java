package com.clipdesk.content.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.content.ContentFilter;
import com.clipdesk.shell.ListHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;

/**
 * A lazy, filterable grid of one kind of content: the filters live in the address (deep links,
 * back and forward), the heading counts the matches, a click opens the item's page.
 */
abstract class ContentListView<R> extends VerticalLayout implements BeforeEnterObserver {

    protected final Grid<R> grid;
    private final ListHeader header;
    private final ContentFilterBar bar;
    private final String route;
    private ContentFilter filter = ContentFilter.none();

    ContentListView(Class<R> rowType, ListHeader header, String route, List<MarketView> markets,
            List<String> languages) {
        this.grid = new Grid<>(rowType, false);
        this.header = header;
        this.route = route;
        this.bar = new ContentFilterBar(markets, languages, this::filterBy);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(itemPage(),
                new RouteParameters("id", String.valueOf(idOf(e.getItem()))))));
        grid.setSizeFull();
        add(header, bar, grid);
        setSizeFull();
    }

    protected abstract long count(ContentFilter filter);

    protected abstract Stream<R> page(ContentFilter filter, Pageable page);

    protected abstract long idOf(R row);

    protected abstract Class<? extends Component> itemPage();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bar.apply(event.getLocation().getQueryParameters());
    }

    private void filterBy(ContentFilter newFilter) {
        filter = newFilter;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route, bar.toQuery())));
        ContentFilter current = filter;
        long matches = count(current);
        header.setCount(matches);
        grid.setItems(q -> page(current, VaadinSpringDataHelpers.toSpringPageRequest(q)), q -> (int) matches);
    }
}

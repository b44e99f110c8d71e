package com.clipdesk.search.ui;

import com.clipdesk.search.IndexAdmin;
import com.clipdesk.search.QuerySyntaxException;
import com.clipdesk.search.SavedSearchRow;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchBulkActions;
import com.clipdesk.search.SearchHit;
import com.clipdesk.search.SearchKind;
import com.clipdesk.search.SearchResult;
import com.clipdesk.search.SearchService;
import com.clipdesk.search.SearchSort;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.OptionalInt;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over the content in the staff member's markets. The query and the chosen sort
 * live in the address ({@code search?q=...&sort=NEWEST}): a search that parses becomes a history
 * entry, so links, back and forward work; one that does not parse says what is wrong under the field
 * and changes nothing else. An empty query lists everything, newest first.
 */
@Route(value = SearchView.ROUTE, layout = MainLayout.class)
@PageTitle("Search · Clipdesk")
@Menu(order = 5, title = "Search", icon = "vaadin:search")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "search";

    /** Deep paging through a relevance-ranked list helps nobody; a narrower query does. */
    static final int MAX_ROWS = 10_000;

    private static final int PAGE_SIZE = 50;
    /** The first call fetches what the grid asks for first, so opening a result list runs one search. */
    private static final int FIRST_FETCH = 2 * PAGE_SIZE;

    private final SearchService search;
    private final SavedSearches savedSearches;
    private final SearchBulkActions bulkActions;
    private final IndexAdmin indexAdmin;
    private final SavedSearchPanel saved;
    private final TextField query = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final Span summary = new Span();
    /** While the index is rebuilt (first start, mapping change, an admin's rebuild) results are incomplete. */
    private final Span rebuilding = new Span();
    /** "Did you mean …": the correction of a query that found nothing, one click to run it. */
    private final Span didYouMean = new Span();
    private final Button act = new Button("Act on results…", e -> openBulkDialog());
    private final Div errorAt = new Div();
    private final FacetPanel facets = new FacetPanel(this::toggleToken);
    private final Grid<SearchHit> grid = new Grid<>(SearchHit.class, false);
    private @Nullable SearchParams shown;
    private @Nullable SearchSort chosenSort;
    private boolean applying;

    SearchView(SearchService search, SavedSearches savedSearches, SearchBulkActions bulkActions,
            IndexAdmin indexAdmin) {
        this.search = search;
        this.savedSearches = savedSearches;
        this.bulkActions = bulkActions;
        this.indexAdmin = indexAdmin;
        this.saved = new SavedSearchPanel(savedSearches, this::run);
        addClassName("cd-search");
        setSizeFull();

        query.setPlaceholder("Words, \"phrases\", market:BR, state:pending, reports:>3 …");
        query.setAriaLabel("Search query");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(500);
        // every keystroke reaches the server, so the value is current when Enter arrives
        query.setValueChangeMode(ValueChangeMode.EAGER);
        query.setManualValidation(true);
        Shortcuts.addShortcutListener(query, this::submit, Key.ENTER).listenOn(query);
        query.addClassName("cd-search-query");

        Button go = new Button("Search", e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        sort.setLabel("Sort");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(SearchSort::label);
        sort.setValue(SearchSort.NEWEST);
        sort.addValueChangeListener(e -> {
            if (!applying && e.getValue() != null) {
                chosenSort = e.getValue();
                submit();
            }
        });
        sort.setWidth("11rem");

        Button save = new Button("Save search", VaadinIcon.BOOKMARK_O.create(), e -> openSaveDialog());
        save.setTooltipText("Keep this query and sort under a name, for you or the team");

        HorizontalLayout bar = new HorizontalLayout(query, go, sort, save);
        bar.setFlexGrow(1, query);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.addClassName("cd-search-bar");
        errorAt.addClassName("cd-search-error-at");
        errorAt.setVisible(false);
        summary.addClassName("cd-search-summary");
        act.addClassName("cd-search-act");
        act.addThemeVariants(ButtonVariant.LUMO_SMALL);
        act.setVisible(bulkActions.canAct());
        didYouMean.addClassName("cd-search-did-you-mean");
        didYouMean.setVisible(false);
        rebuilding.addClassName("cd-search-rebuilding");
        rebuilding.setVisible(false);
        // which engine serves the search (embedded Lucene or OpenSearch): a quiet note at the bar's end
        Span engine = new Span("Search engine: " + search.engine());
        engine.addClassName("cd-search-engine");
        HorizontalLayout summaryBar = new HorizontalLayout(summary, didYouMean, rebuilding, act, engine);
        summaryBar.setAlignItems(FlexComponent.Alignment.CENTER);
        summaryBar.setWidthFull();
        summaryBar.addClassName("cd-search-summary-bar");

        configureGrid();
        // saved searches above the facets, in one scrolling column beside the hits
        Div side = new Div(saved, facets);
        side.addClassName("cd-saved-side");
        saved.refresh();
        HorizontalLayout body = new HorizontalLayout(side, grid);
        body.setFlexGrow(1, grid);
        body.setSizeFull();
        // the grid takes the height left under the search bar (its own default is a fixed 400px)
        body.setAlignItems(FlexComponent.Alignment.STRETCH);
        grid.setHeight("auto");
        body.addClassName("cd-search-body");
        add(new H2("Search"), bar, errorAt, new QueryHelp(search.searchableKinds()), summaryBar, body);
        setFlexGrow(1, body);
    }

    private void configureGrid() {
        // rows wrap, so the match (the reason to look) gets the room; the item and who/where are stacked
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.setEmptyStateText("Nothing found in your markets. Check the spelling, take out a filter or a word, "
                + "or open Query language for the syntax.");
        grid.addComponentColumn(SearchView::item).setHeader("Item").setKey("item").setWidth("15rem").setFlexGrow(1);
        grid.addComponentColumn(hit -> new Snippet(hit.snippet())).setHeader("Match").setKey("snippet")
                .setWidth("14rem").setFlexGrow(3);
        grid.addComponentColumn(SearchView::creatorAndMarkets).setHeader("Creator · markets").setKey("creator")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(SearchView::stateBadges).setHeader("State").setKey("state").setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(SearchView::reach).setHeader("Reach").setKey("reach").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
        grid.addClassName("cd-search-grid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SearchParams params = SearchParams.from(event.getLocation().getQueryParameters());
        if (params.equals(shown)) {
            return; // this page just ran it and put it in the address
        }
        applying = true;
        try {
            query.setValue(params.query());
            chosenSort = params.chosenSort();
            sort.setValue(params.sort());
        } finally {
            applying = false;
        }
        show(params);
    }

    /** Enter, the Search button, a sort or a facet: search, and on success record it in the address. */
    private void submit() {
        SearchParams params = new SearchParams(query.getValue(), chosenSort);
        if (show(params)) {
            UI.getCurrent().navigate(ROUTE, params.toQueryParameters());
        }
    }

    /** Saves what is in the field (it must parse) with the sort in force. */
    private void openSaveDialog() {
        String text = query.getValue().strip();
        SearchSort sortNow = new SearchParams(text, chosenSort).sort();
        SavedSearchDialog.save(text, (name, share) -> {
            SavedSearchRow row = savedSearches.save(name, text, sortNow, share);
            Notification.show("Saved “" + row.name() + "”" + (share ? ", shared with the team" : ""), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            saved.refresh();
        }).open();
    }

    /** The bulk action covers the search shown (the one in the address), not what is typed since. */
    private void openBulkDialog() {
        if (shown == null) {
            return;
        }
        SearchParams params = shown;
        new SearchBulkDialog(bulkActions, params.query(), () -> show(params)).open();
    }

    /** A saved search runs through the address, like a typed one; its sort goes there only when not the default. */
    private void run(SavedSearchRow row) {
        SearchParams params = new SearchParams(row.query(), null);
        if (params.sort() != row.sort()) {
            params = new SearchParams(row.query(), row.sort());
        }
        UI.getCurrent().navigate(ROUTE, params.toQueryParameters());
    }

    private void toggleToken(String token) {
        query.setValue(QueryTerms.toggle(query.getValue(), token));
        submit();
    }

    /** Runs the search; false (and the error under the field, nothing else touched) when it does not parse. */
    private boolean show(SearchParams params) {
        SearchResult first;
        try {
            first = search.search(params.query(), params.sort(), 0, FIRST_FETCH);
        } catch (QuerySyntaxException e) {
            showError(params.query(), e);
            return false;
        }
        clearError();
        shown = params;
        applying = true;
        try {
            sort.setValue(params.sort());
        } finally {
            applying = false;
        }
        summary.setText(summary(first));
        showSuggestion(first.suggestion());
        OptionalInt rebuilt = indexAdmin.rebuildPercent();
        rebuilding.setVisible(rebuilt.isPresent());
        rebuilt.ifPresent(percent -> rebuilding.setText("The search index is being rebuilt (" + percent
                + " %): results are incomplete until it ends."));
        act.setEnabled(first.total() > 0);
        act.setTooltipText(first.total() > 0 ? "Remove, keep or flag everything this search finds, in one audited run"
                : "No results to act on");
        facets.show(first.facets(), params.query());
        grid.setItems(pages(params, first));
        return true;
    }

    /**
     * Pages of hits for the grid. The first call's hits and total serve the first pages, so a new
     * search costs one call; later pages call the service with their offset.
     */
    private DataProvider<SearchHit, Void> pages(SearchParams params, SearchResult first) {
        int rows = (int) Math.min(first.total(), MAX_ROWS);
        List<SearchHit> firstHits = first.hits();
        return DataProvider.fromCallbacks(q -> {
            int offset = q.getOffset();
            int end = Math.min(offset + q.getLimit(), rows);
            if (end <= firstHits.size()) {
                return offset >= end ? Stream.empty() : firstHits.subList(offset, end).stream();
            }
            return search.search(params.query(), params.sort(), offset, end - offset).hits().stream();
        }, q -> rows);
    }

    private void showSuggestion(@Nullable String suggestion) {
        didYouMean.removeAll();
        didYouMean.setVisible(suggestion != null);
        if (suggestion != null) {
            Button corrected = new Button(suggestion, e -> {
                query.setValue(suggestion);
                submit();
            });
            corrected.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            corrected.addClassName("cd-search-correction");
            corrected.setTooltipText("Search for this instead");
            didYouMean.add(new Span("Did you mean "), corrected, new Span("?"));
        }
    }

    private static String summary(SearchResult result) {
        String hits = Formats.count(result.total()) + (result.total() == 1 ? " hit" : " hits");
        String text = hits + " in " + Formats.count(result.tookMillis()) + " ms";
        return result.total() > MAX_ROWS ? text + " · showing the first " + Formats.count(MAX_ROWS) : text;
    }

    private void showError(String text, QuerySyntaxException e) {
        int position = e.position();
        boolean located = position >= 0 && position <= text.length();
        query.setErrorMessage(e.getMessage() + (located ? " (at character " + (position + 1) + ")" : ""));
        query.setInvalid(true);
        errorAt.getElement().removeAllChildren();
        errorAt.setVisible(located);
        if (located) {
            // the query with the offending character marked, for queries longer than the field
            Element mark = new Element("mark");
            mark.setText(position < text.length() ? text.substring(position, position + 1) : " ");
            errorAt.getElement().appendChild(Element.createText(text.substring(0, position)), mark,
                    Element.createText(position < text.length() ? text.substring(position + 1) : ""));
            query.getElement().executeJs("const input = this.inputElement; if (input) { input.focus(); "
                    + "input.setSelectionRange($0, $1); }", position, Math.min(position + 1, text.length()));
        }
    }

    private void clearError() {
        query.setInvalid(false);
        query.setErrorMessage(null);
        errorAt.getElement().removeAllChildren();
        errorAt.setVisible(false);
    }

    /** Kind badge, context and creation time, stacked. */
    private static Div item(SearchHit hit) {
        var context = new Span(hit.context());
        context.addClassName("cd-search-context");
        var created = new Span(Formats.shortDateTime(hit.createdAt()) + " UTC");
        created.addClassName("cd-muted");
        var cell = new Div(kindBadge(hit), context, created);
        cell.addClassName("cd-search-cell");
        return cell;
    }

    private static Div creatorAndMarkets(SearchHit hit) {
        var markets = new Span(Formats.markets(hit.markets()));
        markets.addClassName("cd-muted");
        var cell = new Div(new Span(hit.creatorHandle()), markets);
        cell.addClassName("cd-search-cell");
        return cell;
    }

    private static Div reach(SearchHit hit) {
        if (hit.kind() == SearchKind.REPORT) {
            return new Div(); // a report is neither shared nor reported
        }
        var shares = new Span(Formats.count(hit.shareCount()) + " shares");
        var reports = new Span(Formats.count(hit.reportCount()) + " reports");
        reports.addClassName(hit.reportCount() > 0 ? "cd-search-reported" : "cd-muted");
        var cell = new Div(shares, reports);
        cell.addClassName("cd-search-cell");
        return cell;
    }

    private static Span kindBadge(SearchHit hit) {
        Span badge = new Span(hit.kind().label());
        badge.addClassNames("cd-badge", "cd-search-kind", "cd-search-kind--" + cssName(hit.kind().name()));
        return badge;
    }

    /** The state, and under it where a takedown hides the item ("Taken down in FR"). */
    private static Div stateBadges(SearchHit hit) {
        var cell = new Div(stateBadge(hit));
        cell.addClassName("cd-search-badges");
        String takedown = hit.takedownBadge();
        if (takedown != null) {
            var badge = new Span(takedown);
            badge.addClassNames("cd-badge", "cd-badge--takedown");
            cell.add(badge);
        }
        return cell;
    }

    /** Same look as the content pages' state badge (content.ui is that module's own). */
    private static Span stateBadge(SearchHit hit) {
        Span badge = new Span(hit.stateLabel());
        badge.addClassNames("cd-badge", "cd-badge--" + cssName(hit.state()));
        return badge;
    }

    private static String cssName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

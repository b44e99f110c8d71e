package com.clipdesk.content.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.content.ContentFilter;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.MomentRow;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;

/** Every Moment in the staff member's markets, newest first, filterable. */
@Route(value = "moments", layout = MainLayout.class)
@PageTitle("Moments · Clipdesk")
@Menu(order = 10, title = "Moments", icon = "vaadin:film")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class MomentsView extends ContentListView<MomentRow> {

    private final ContentService content;

    MomentsView(ContentService content, CatalogService catalog) {
        super(MomentRow.class, new ListHeader("Moments", "Moment", "Moments"), "moments", catalog.marketsInScope(),
                content.languages());
        this.content = content;

        grid.addColumn(MomentRow::caption).setHeader("Caption").setFlexGrow(3).setTooltipGenerator(MomentRow::caption);
        grid.addColumn(MomentRow::titleAndEpisode).setHeader("Title and episode").setFlexGrow(3)
                .setTooltipGenerator(MomentRow::titleAndEpisode);
        grid.addColumn(MomentRow::timecode).setHeader("Timecode").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(MomentRow::language).setHeader("Lang").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.markets(r.markets())).setHeader("Markets").setFlexGrow(1)
                .setTooltipGenerator(r -> Formats.markets(r.markets()));
        grid.addColumn(r -> Formats.shortDateTime(r.createdAt())).setHeader("Created (UTC)").setSortProperty("createdAt")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(r -> new StateBadge(r.state())).setHeader("State").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(MomentRow::shareCount).setHeader("Shares").setSortProperty("shareCount").setWidth("6rem")
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(MomentRow::reportCount).setHeader("Reports").setSortProperty("reportCount").setWidth("6.5rem")
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    @Override
    protected long count(ContentFilter filter) {
        return content.countMoments(filter);
    }

    @Override
    protected Stream<MomentRow> page(ContentFilter filter, Pageable page) {
        return content.moments(filter, page).stream();
    }

    @Override
    protected long idOf(MomentRow row) {
        return row.id();
    }

    @Override
    protected Class<? extends Component> itemPage() {
        return MomentView.class;
    }
}

package com.clipdesk.review.ui;

import com.clipdesk.review.CaseStatus;
import com.clipdesk.review.CaseWork;
import com.clipdesk.review.ClaimedByOtherException;
import com.clipdesk.review.Decision;
import com.clipdesk.review.DecisionLine;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.InvalidDecisionException;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.ReviewService;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case, worked from the keyboard: the item now and as reported, its reports and the creator's
 * history on the left, the decision on the right. Opening it claims it (a lease the page renews
 * every minute); deciding or skipping claims the next case of the same queue selection (the query
 * parameters, see {@link QueueParams}) and opens it; leaving undecided lets go of it.
 */
@Route(value = "review/cases/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
@StyleSheet("styles/case.css")
class CaseView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final String LAST_DECISION = "cd-last-decision";

    private static final Logger log = LoggerFactory.getLogger(CaseView.class);
    static final int LEASE_RENEWAL_MILLIS = 60_000;

    /**
     * Sends the page's keys to {@link #onKey}, except while the reviewer types in a text field
     * (Esc there only leaves the field). Enter is kept from focused buttons, so it decides once.
     */
    private static final String KEY_LISTENER = """
            const view = $0;
            if (window.__clipdeskCaseKeys) {
              document.removeEventListener('keydown', window.__clipdeskCaseKeys, true);
            }
            const typing = t => {
              if (!t || !t.tagName) return false;
              if (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable) return true;
              return t.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes(t.type);
            };
            window.__clipdeskCaseKeys = e => {
              if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
              const target = e.composedPath()[0];
              if (typing(target)) {
                if (e.key === 'Escape') target.blur();
                return;
              }
              if (!/^([kreopsnKREOPSN1-9?]|Enter|Escape)$/.test(e.key)) return;
              if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); }
              if (e.repeat || !view.isConnected) return;
              view.$server.onKey(e.key);
            };
            document.addEventListener('keydown', window.__clipdeskCaseKeys, true);
            """;
    private static final String REMOVE_KEY_LISTENER = """
            if (window.__clipdeskCaseKeys) {
              document.removeEventListener('keydown', window.__clipdeskCaseKeys, true);
              window.__clipdeskCaseKeys = null;
            }
            """;

    private final ReviewService review;
    private final Clock clock;
    private final DecisionPanel panel;
    private final ShortcutHelp help = new ShortcutHelp();
    private QueueSelection selection = QueueSelection.moderation();
    private @Nullable CaseWork work;
    private @Nullable CaseHeader header;
    /** The case whose lease this page holds and has not decided: released when the reviewer leaves. */
    private @Nullable Long held;
    /** The case "next" just claimed, so opening it does not read it twice. */
    private @Nullable CaseWork claimed;
    private @Nullable Registration poll;
    private String title = "Case · Clipdesk";

    CaseView(ReviewService review, ReasonCodes reasonCodes, Clock clock) {
        this.review = review;
        this.clock = clock;
        this.panel = new DecisionPanel(reasonCodes, this::decide);
        addClassName("cd-case");
    }

    /** The address of a case page within a queue selection ("review/cases/12?lane=MODERATION"). */
    static String location(long caseId, QueueSelection selection) {
        return "review/cases/" + caseId + "?" + QueueParams.toQuery(selection).getQueryString();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        selection = QueueParams.fromQuery(event.getLocation().getQueryParameters());
        letGo(id);
        CaseWork opened = claimed != null && claimed.id() == id ? claimed : review.open(id);
        claimed = null;
        show(opened);
        if (!opened.claimedByMe() && opened.row().claimedAt(clock.instant())) {
            warn("Case " + id + " is being reviewed by " + opened.row().claimedByName() + ". It opens read-only.");
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        letGo(null);
    }

    // The view is a method-security proxy (class-level @RolesAllowed with jsr250 enabled); the title
    // holds nothing secret and Vaadin may ask for it outside the request's security context.
    @Override
    @PermitAll
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPage().executeJs(KEY_LISTENER, getElement());
        ui.setPollInterval(LEASE_RENEWAL_MILLIS);
        poll = ui.addPollListener(e -> renewLease());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs(REMOVE_KEY_LISTENER);
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        help.close();
        try {
            letGo(null);
        } catch (RuntimeException e) {
            // the UI may close without a signed-in request (session expiry): the lease lapses anyway
            log.debug("Could not release case {} on detach", held, e);
        }
    }

    /** A key pressed outside text fields, from the browser. */
    @ClientCallable
    void onKey(String key) {
        handleKey(key);
    }

    /** The page's keys: one place maps each key to its action. Returns false for keys it ignores. */
    boolean handleKey(String key) {
        Optional<Shortcut> shortcut = Shortcut.of(key);
        if (shortcut.isEmpty()) {
            return false;
        }
        switch (shortcut.get()) {
            case KEEP -> panel.choose(Disposition.KEEP);
            case REMOVE -> panel.choose(Disposition.REMOVE);
            case ESCALATE -> panel.choose(Disposition.ESCALATE);
            case SECOND_OPINION -> panel.choose(Disposition.SECOND_OPINION);
            case SPOILER -> panel.toggleSpoiler();
            case REASON -> panel.pickReason(key.charAt(0) - '0');
            case DECIDE -> decide();
            case SKIP -> skip();
            case NEXT -> next();
            case HELP -> help.toggle();
            case ESCAPE -> help.close();
        }
        return true;
    }

    private void show(CaseWork opened) {
        work = opened;
        held = opened.claimedByMe() ? opened.id() : null;
        title = "Case #" + opened.id() + " · Clipdesk";
        removeAll();
        header = new CaseHeader(opened, clock.instant());

        var left = new Div(CaseSections.content(opened));
        left.addClassName("cd-case__main");
        if (opened.moment() != null) {
            left.add(CaseSections.moment(opened.moment()));
        }
        left.add(CaseSections.reports(opened.reports(), opened.row().reportCount()), CaseSections.decisions(opened));

        panel.reset(opened);
        if (!opened.claimedByMe() && !opened.dispositions().isEmpty()) {
            panel.setReadOnly(opened.row().claimedAt(clock.instant())
                    ? opened.row().claimedByName() + " is reviewing this case until "
                            + Formats.dateTime(opened.row().leaseUntil()) + "."
                    : "You do not hold this case.", claimAgainButton());
        }
        var right = new Div(panel, loopButtons(), CaseSections.creator(opened, selection));
        if (opened.moment() != null) {
            right.add(CaseSections.shareLinks(opened.moment()));
        }
        right.addClassName("cd-case__side");
        var columns = new Div(left, right);
        columns.addClassName("cd-case__columns");
        add(header, columns);
    }

    private Div loopButtons() {
        var loop = new Div();
        loop.addClassName("cd-case__loop");
        if (canWorkQueue()) {
            var skip = DecisionPanel.keyed(new Button("Skip", click -> skip()), Shortcut.SKIP);
            var next = DecisionPanel.keyed(new Button("Next case", click -> next()), Shortcut.NEXT);
            skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            loop.add(skip, next);
        }
        var shortcuts = DecisionPanel.keyed(new Button("Shortcuts", click -> help.toggle()), Shortcut.HELP);
        shortcuts.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        loop.add(shortcuts);
        return loop;
    }

    private Button claimAgainButton() {
        var claim = new Button("Claim again", click -> claimAgain());
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return claim;
    }

    private boolean canWorkQueue() {
        return review.canWork(selection.lane());
    }

    private void decide() {
        if (work == null || !panel.isEditable() || !work.canDecide()) {
            panel.showError("Read only: you cannot decide this case now.");
            return;
        }
        Decision decision = panel.decision();
        if (decision == null) {
            return;
        }
        long id = work.id();
        try {
            DecisionLine line = review.decide(id, work.version(), decision);
            held = null;
            decided("Case " + id + ": " + line.disposition().label().toLowerCase(java.util.Locale.ROOT)
                    + (line.markSpoiler() ? " + spoiler" : "") + " (" + line.reasonLabel() + ")");
            goToNext();
        } catch (InvalidDecisionException e) {
            panel.showError(e.getMessage());
        } catch (ClaimedByOtherException e) {
            warn("Case " + id + " is held by " + e.holder() + ". Nothing was changed; it is read-only for you.");
            reload(id);
        } catch (ConcurrentEditException e) {
            warn("Case " + id + " was changed by " + e.changedBy() + " since you opened it. Nothing was saved;"
                    + " it has been reloaded: check it and decide again.");
            reload(id);
        }
    }

    /** S: let go of the case and open the next one, passing over this one in this session. */
    private void skip() {
        if (work == null || !canWorkQueue()) {
            return;
        }
        SkippedCases.of(VaadinSession.getCurrent()).add(work.id());
        letGo(null);
        goToNext();
    }

    /** N: the next case of the queue; a held case goes back to the queue, as when skipping it. */
    private void next() {
        skip();
    }

    private void goToNext() {
        SkippedCases skipped = SkippedCases.of(VaadinSession.getCurrent());
        Optional<CaseWork> next;
        try {
            next = review.claimNext(selection, skipped.ids());
        } catch (AccessDeniedException e) {
            warn("You cannot work this queue: " + e.getMessage());
            return;
        }
        UI ui = UI.getCurrent();
        if (next.isPresent()) {
            claimed = next.get();
            ui.navigate(CaseView.class, new RouteParameters("id", String.valueOf(claimed.id())),
                    QueueParams.toQuery(selection));
        } else {
            skipped.clear();
            Notification.show("Queue clear", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            ui.navigate("review", QueueParams.toQuery(selection));
        }
    }

    /** Called every {@value #LEASE_RENEWAL_MILLIS} ms while the page is open. */
    void renewLease() {
        if (header != null) {
            header.refresh(held != null, clock.instant());
        }
        if (held == null) {
            return;
        }
        long id = held;
        if (!review.renewLease(id)) {
            held = null;
            warn("Your hold on case " + id + " lapsed, so someone else may work on it. The case is read-only"
                    + " until you claim it again.");
            panel.setReadOnly("Your hold on this case lapsed.", claimAgainButton());
            if (header != null) {
                header.refresh(false, clock.instant());
            }
        }
    }

    private void claimAgain() {
        if (work == null) {
            return;
        }
        reload(work.id());
        if (work != null && work.claimedByMe()) {
            Notification.show("You hold case " + work.id() + " again.", 2500, Notification.Position.BOTTOM_START);
        } else if (work != null && work.row().claimedAt(clock.instant())) {
            warn("Case " + work.id() + " is being reviewed by " + work.row().claimedByName() + ".");
        }
    }

    private void reload(long id) {
        show(review.open(id));
    }

    /** Releases the held case unless it is the one about to open. */
    private void letGo(@Nullable Long staying) {
        if (held != null && !held.equals(staying)) {
            long id = held;
            held = null;
            review.release(id);
        }
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** For tests: what the page shows now. */
    @Nullable CaseWork work() {
        return work;
    }

    DecisionPanel panel() {
        return panel;
    }

    ShortcutHelp help() {
        return help;
    }

    boolean holdsCase() {
        return held != null;
    }

    boolean isReadOnly() {
        return !panel.isEditable();
    }

    CaseStatus status() {
        return work == null ? CaseStatus.OPEN : work.row().status();
    }

    /**
     * Confirms a decision in one toast that the next decision replaces: at a decision every few
     * seconds, stacked toasts would cover the navigation.
     */
    private static void decided(String text) {
        UI ui = UI.getCurrent();
        if (ComponentUtil.getData(ui, LAST_DECISION) instanceof Notification previous) {
            previous.close();
        }
        Notification toast = Notification.show(text, 2500, Notification.Position.BOTTOM_START);
        toast.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        ComponentUtil.setData(ui, LAST_DECISION, toast);
    }
}

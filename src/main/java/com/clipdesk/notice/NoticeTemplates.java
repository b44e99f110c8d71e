package com.clipdesk.notice;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice templates, for policy admins and admins: list, preview with sample facts before
 * saving, and save with validation (known placeholders only, the ones the kind needs, lengths),
 * optimistic locking and audit. A saved change applies to later notices only.
 */
@Service
public class NoticeTemplates {

    static final Role[] EDITORS = {Role.POLICY_ADMIN, Role.ADMIN};

    private final NoticeTemplateRepository templates;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    NoticeTemplates(NoticeTemplateRepository templates, AuditLog audit, CurrentStaff currentStaff, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Every template (8 kinds × a handful of languages), by kind then language; one language if given. */
    @Transactional(readOnly = true)
    public List<NoticeTemplateView> all(@Nullable String language) {
        currentStaff.require(EDITORS);
        return templates.findAllByOrderByKindAscLanguageAsc().stream()
                .filter(t -> language == null || t.getLanguage().equals(language))
                .sorted(Comparator.comparing(NoticeTemplate::getKind).thenComparing(t -> languageOrder(t.getLanguage())))
                .map(NoticeTemplate::view).toList();
    }

    /** The languages templates exist in, the default ones first. */
    @Transactional(readOnly = true)
    public List<String> languages() {
        currentStaff.require(EDITORS);
        return templates.findAll().stream().map(NoticeTemplate::getLanguage).distinct()
                .sorted(Comparator.comparingInt(NoticeTemplates::languageOrder).thenComparing(l -> l)).toList();
    }

    public List<Placeholder> placeholders() {
        return Placeholder.ALL;
    }

    /**
     * The text rendered with sample facts in the template's language, as a member would read it.
     *
     * @throws InvalidTemplateException with what to fix, per field
     */
    public RenderedNotice preview(NoticeKind kind, String language, String subject, String body) {
        currentStaff.require(EDITORS);
        validate(kind, subject, body);
        var values = NoticeFacts.sample(kind, language).values(NoticeWords.of(language), ZoneOffset.UTC);
        return new RenderedNotice(language, NoticeText.render(subject, values), NoticeText.render(body, values));
    }

    /**
     * Saves new text. Nothing is written when the text is invalid or someone saved the template
     * since {@code expectedVersion}.
     */
    @Transactional
    public NoticeTemplateView save(long id, long expectedVersion, String subject, String body) {
        SignedInStaff staff = currentStaff.require(EDITORS);
        NoticeTemplate template = templates.findById(id).orElseThrow(() -> new NotFoundException("Notice template", id));
        validate(template.getKind(), subject, body);
        String what = "Notice template " + template.getKind().label() + " (" + template.getLanguage() + ")";
        if (template.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(what,
                    audit.lastEventAbout("NOTICE_TEMPLATE", id).map(e -> e.getActor()).orElse(template.getUpdatedBy()));
        }
        if (template.getSubject().equals(subject) && template.getBody().equals(body)) {
            return template.view();
        }
        template.rewrite(subject, body, staff.username(), clock.instant());
        templates.flush();
        audit.record("NOTICE_TEMPLATE_UPDATED", "NOTICE_TEMPLATE", id, null,
                "Changed " + what + ", now version " + template.getVersion() + "; subject: " + subject);
        return template.view();
    }

    private static void validate(NoticeKind kind, String subject, String body) {
        var problems = NoticeText.problems(kind, subject, body);
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException(problems);
        }
    }

    private static int languageOrder(String language) {
        int i = NoticeWords.LANGUAGES.indexOf(language);
        return i < 0 ? NoticeWords.LANGUAGES.size() : i;
    }
}

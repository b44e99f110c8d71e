package com.clipdesk.notice;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.member.MemberService;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices members received, for trust-and-safety staff and auditors (the roles that open member
 * pages) within their markets: on an item if it is visible in one of their markets, to a member if
 * the member's home market is theirs. Curators and policy admins read no notices.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final MemberNoticeRepository notices;
    private final ContentModeration content;
    private final MemberService members;
    private final CurrentStaff currentStaff;

    NoticeService(MemberNoticeRepository notices, ContentModeration content, MemberService members,
            CurrentStaff currentStaff) {
        this.notices = notices;
        this.content = content;
        this.members = members;
        this.currentStaff = currentStaff;
    }

    /** Whether the signed-in staff member reads notices at all. */
    public boolean canRead() {
        return currentStaff.get().hasAny(MemberService.READERS);
    }

    /** The notices about an item, newest first. */
    public List<NoticeRow> onItem(ContentKind kind, long itemId) {
        SignedInStaff staff = currentStaff.require(MemberService.READERS);
        if (!staff.scope().includesAny(content.reviewFacts(kind, itemId).markets())) {
            throw new OutOfScopeException(kind.label(), itemId);
        }
        return notices.findByItemKindAndItemIdOrderByIdDesc(kind, itemId).stream().map(MemberNotice::row).toList();
    }

    /** The member's latest notices, newest first (the member page shows the latest {@code limit}). */
    public List<NoticeRow> toMember(long memberId, int limit) {
        members.details(memberId); // the readers' roles and the member's home market in scope
        return notices.findByMemberIdOrderByIdDesc(memberId, PageRequest.of(0, limit)).stream().map(MemberNotice::row)
                .toList();
    }

    public long countToMember(long memberId) {
        members.details(memberId);
        return notices.countByMemberId(memberId);
    }
}

package com.clipdesk.curation;

import com.clipdesk.curation.FeaturedSlot.Stage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Takes Moments off boards for the system (moderation or a policy made them ineligible) with
 * statements on the latest committed rows instead of through {@link FeaturedBoard}. A takedown must
 * never fail because a curator saved the same board a moment before: a board entity read earlier in
 * the takedown's transaction would fail its version check at flush. Here the board row is locked
 * first (a curator's save of that board waits, then fails on the version this moves, and the curator
 * is told), and the slots are read with a locking read, so what is removed and renumbered is what is
 * committed, not a snapshot.
 */
@Component
class BoardWithdrawals {

    private final EntityManager em;

    BoardWithdrawals(EntityManager em) {
        this.em = em;
    }

    /** A board as the withdrawal needs it (its title null for a home row), and a Moment on it (draft or published). */
    record Holding(long boardId, String marketCode, Surface surface, @Nullable Long titleId, @Nullable String titleName,
            long momentId) {}

    /** The boards holding the Moment, each once. */
    List<Holding> holding(long momentId) {
        return em.createQuery("""
                select distinct new com.clipdesk.curation.BoardWithdrawals$Holding(b.id, b.marketCode, b.surface, t.id,
                t.name, s.momentId)
                from FeaturedSlot s join s.board b left join b.title t where s.momentId = :moment order by b.id""", Holding.class)
                .setParameter("moment", momentId).getResultList();
    }

    /** Every Moment on the boards of these markets (all boards when {@code markets} is null), each board × Moment once. */
    List<Holding> onBoardsOf(@Nullable Collection<String> markets) {
        String where = markets == null ? "" : " where b.marketCode in :markets";
        var query = em.createQuery("select distinct new com.clipdesk.curation.BoardWithdrawals$Holding(b.id, b.marketCode,"
                + " b.surface, t.id, t.name, s.momentId) from FeaturedSlot s join s.board b left join b.title t" + where
                + " order by b.id, s.momentId", Holding.class);
        if (markets != null) {
            query.setParameter("markets", markets);
        }
        return query.getResultList();
    }

    /**
     * Drops the Moment from the board's draft and published order, closing the gaps; moves the board's
     * version (and its published revision when the API served it). False when it was on neither.
     */
    boolean drop(long boardId, long momentId, String by, Instant now) {
        em.flush();
        em.createNativeQuery("select id from featured_board where id = ? for update").setParameter(1, boardId)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> slots = em.createNativeQuery("select stage, position from featured_slot"
                + " where board_id = ? and moment_id = ? for update").setParameter(1, boardId).setParameter(2, momentId)
                .getResultList();
        if (slots.isEmpty()) {
            return false;
        }
        int servedChanged = 0;
        for (Object[] slot : slots) {
            Stage stage = Stage.valueOf(slot[0].toString());
            int position = ((Number) slot[1]).intValue();
            em.createQuery("delete from FeaturedSlot s where s.board.id = :board and s.momentId = :moment and s.stage = :stage")
                    .setParameter("board", boardId).setParameter("moment", momentId).setParameter("stage", stage)
                    .executeUpdate();
            em.createQuery("update FeaturedSlot s set s.position = s.position - 1 where s.board.id = :board"
                    + " and s.stage = :stage and s.position > :position").setParameter("board", boardId)
                    .setParameter("stage", stage).setParameter("position", position).executeUpdate();
            if (stage == Stage.PUBLISHED) {
                servedChanged = 1;
            }
        }
        em.createQuery("update FeaturedBoard b set b.version = b.version + 1, b.lastEditedBy = :by, b.lastEditedAt = :now,"
                + " b.publishedRevision = b.publishedRevision + :served where b.id = :board").setParameter("by", by)
                .setParameter("now", now).setParameter("served", servedChanged).setParameter("board", boardId)
                .executeUpdate();
        return true;
    }
}

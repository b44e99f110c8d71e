package com.clipdesk.notice;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a notice says, before it is put into words: the item, the decision, its ground, the markets
 * ({@code null}: all of them), the date and the reference. {@link #values} words it in a language.
 *
 * @param ground the ground in the notice's words
 * @param appealed the reference of the decision an appeal was about, added to the decision's words
 */
record NoticeFacts(NoticeKind kind, ContentKind itemKind, long itemId, String itemText, String itemContext,
        Function<NoticeWords, String> ground, String explanation, @Nullable Set<String> markets, Instant at,
        String reference, @Nullable String appealed, NoticeWords.Next next) {

    Map<String, String> values(NoticeWords words, ZoneId zone) {
        return Map.of(
                "item", words.item(itemKind, itemText, itemContext),
                "decision", words.decision(kind) + (appealed == null ? "" : " (" + appealed + ")"),
                "ground", ground.apply(words),
                "explanation", explanation.isBlank() ? "—" : explanation,
                "markets", markets == null || markets.isEmpty() ? words.allMarkets() : words.markets(markets),
                "date", words.date(at, zone),
                "appeal", words.next(next, reference),
                "reference", reference);
    }

    static NoticeWords.Next nextFor(NoticeKind kind) {
        return switch (kind) {
            case APPEAL_UPHELD, APPEAL_MODIFIED -> NoticeWords.Next.REDRESS;
            case TAKEDOWN_LIFTED, APPEAL_OVERTURNED -> NoticeWords.Next.NOTHING;
            default -> NoticeWords.Next.APPEAL;
        };
    }

    /** Made-up facts for the editor's preview, with markets of the template's language. */
    static NoticeFacts sample(NoticeKind kind, String language) {
        Set<String> markets = switch (language) {
            case "pt" -> Set.of("BR", "PT");
            case "es" -> Set.of("MX", "ES");
            case "fr" -> Set.of("FR", "BE");
            case "de" -> Set.of("DE", "AT");
            case "ja" -> Set.of("JP");
            case "ko" -> Set.of("KR");
            default -> Set.of("US", "GB");
        };
        String caption = switch (language) {
            case "pt" -> "Ninguém esperava esse final";
            case "es" -> "Nadie vio venir ese final";
            case "fr" -> "Personne n’avait vu venir cette fin";
            case "de" -> "Mit diesem Ende hat niemand gerechnet";
            case "ja" -> "誰もこの結末を予想できなかった";
            case "ko" -> "아무도 이 결말을 예상하지 못했다";
            default -> "Nobody saw that ending coming";
        };
        boolean appeal = kind.name().startsWith("APPEAL");
        boolean takedown = kind.name().startsWith("TAKE");
        String reference = appeal ? "appeal #3" : takedown ? "takedown #12" : "decision #40";
        return new NoticeFacts(kind, ContentKind.MOMENT, 0, caption, "Harbour Lights S1E2 · 0:10–0:40",
                w -> w.terms("ToS 4.2 Harassment"), "Targets another member with abuse.", markets,
                Instant.parse("2026-11-30T10:00:00Z"), reference, appeal ? "takedown #12" : null, nextFor(kind));
    }
}

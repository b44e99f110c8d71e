package com.clipdesk.search;

import com.clipdesk.content.SearchMapping;
import com.clipdesk.report.ReportReason;
import com.clipdesk.search.SearchQuery.Clause;
import com.clipdesk.search.SearchQuery.DateRange;
import com.clipdesk.search.SearchQuery.Keyword;
import com.clipdesk.search.SearchQuery.NumberRange;
import com.clipdesk.search.SearchQuery.Text;
import com.clipdesk.staff.MarketScope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.jspecify.annotations.Nullable;

/** Turns a parsed query and the staff member's market scope into one Hibernate Search predicate. */
final class SearchPredicates {

    /**
     * Free text matches the caption, body, chat message, recommendation or report text, the title name
     * (not on reports) and (submissions only) the tags, all
     * analyzed by "folded" (case and accents folded, any language). Prefixes and typos look there.
     */
    private static final String[] FOLDED_FIELDS = {SearchMapping.TEXT, "titleName", "tags"};

    /**
     * Words and phrases also look in the per-language text fields (text_en, text_ja, …): each field
     * analyzes the query with its own language's analyzer, so "finales" finds "final" in Spanish and
     * 最終回 is found as the word kuromoji cut, while a document in any language can match (a
     * document fills only its language's field; lang: filters).
     */
    static final String[] WORD_FIELDS = Stream.concat(Stream.of(FOLDED_FIELDS),
            SearchMapping.LANGUAGES.stream().map(SearchMapping::textField)).toArray(String[]::new);

    private SearchPredicates() {}

    static PredicateFinalStep of(SearchPredicateFactory f, SearchQuery query, MarketScope scope) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool().must(f.matchAll());
        if (!scope.allMarkets()) {
            // as VisibleIn for the grids: in scope when any of the item's markets is
            bool.filter(f.terms().field("markets").matchingAny(scope.markets()));
        }
        for (Clause clause : query.clauses()) {
            PredicateFinalStep predicate = clause(f, clause);
            if (predicate == null) {
                continue;
            }
            if (clause.excluded()) {
                bool.mustNot(predicate);
            } else if (clause instanceof Text) {
                bool.must(predicate);
            } else {
                bool.filter(predicate); // field filters do not change relevance
            }
        }
        return bool;
    }

    private static @Nullable PredicateFinalStep clause(SearchPredicateFactory f, Clause clause) {
        return switch (clause) {
            case Text t -> text(f, t);
            case Keyword k -> switch (k.field()) {
                // "what members in that market see": listed there and not taken down there (docs/search.md)
                case MARKET -> f.match().field("visibleMarkets").matching(k.value());
                case TAKEDOWN -> f.match().field("takenDown").matching(Boolean.parseBoolean(k.value()));
                case KIND -> f.match().field("contentKind").matching(k.value());
                // content indexes hold a ContentState, reports a ReportStatus: compare the indexed names
                case STATE -> f.match().field("state").matching(k.value(), ValueModel.INDEX);
                case REASON -> f.match().field("reason").matching(ReportReason.valueOf(k.value()));
                case SPOILER -> f.match().field("spoiler").matching(Boolean.parseBoolean(k.value()));
                case CREATOR -> f.match().field("creatorHandle").matching(k.value());
                case TITLE -> f.phrase().field("titleName").matching(k.value());
                // lang:pt also finds pt-BR and pt-PT
                case LANG -> k.value().contains("-") ? f.match().field("language").matching(k.value())
                        : f.or(f.match().field("language").matching(k.value()),
                                f.prefix().field("language").matching(k.value() + "-"));
                default -> throw new IllegalStateException("not a keyword field: " + k.field());
            };
            case NumberRange n -> f.range().field(n.field() == SearchQuery.Field.REPORTS ? "reportCount" : "shareCount")
                    .between(toInt(n.min()), toInt(n.max()));
            case DateRange d -> f.range().field("createdAt").within(Range.between(
                    d.from() == null ? null : startOfDay(d.from()), RangeBoundInclusion.INCLUDED,
                    d.to() == null ? null : startOfDay(d.to().plusDays(1)), RangeBoundInclusion.EXCLUDED));
        };
    }

    private static @Nullable PredicateFinalStep text(SearchPredicateFactory f, Text t) {
        if (t.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null; // punctuation only: the analyzer would leave nothing to look for
        }
        return switch (t.match()) {
            // a phrase for single words too: "12:01" becomes the adjacent tokens 12 01, not 12 OR 01
            case WORD, PHRASE -> f.phrase().fields(WORD_FIELDS).matching(t.text());
            case FUZZY -> f.match().fields(FOLDED_FIELDS).matching(t.text()).fuzzy(2);
            case PREFIX -> f.prefix().fields(FOLDED_FIELDS).matching(SnippetMarks.fold(t.text()));
        };
    }


    private static @Nullable Integer toInt(long bound) {
        if (bound == Long.MAX_VALUE || bound == Long.MIN_VALUE) {
            return null;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, bound));
    }

    private static Instant startOfDay(java.time.LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}

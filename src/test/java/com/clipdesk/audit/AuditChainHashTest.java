package com.clipdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainHashTest {

    private static final Instant AT = Instant.parse("2026-11-30T09:37:34.123456Z");

    private static AuditChainHash.Sealed event(String actor, String action, String kind, String id, String summary) {
        return new AuditChainHash.Sealed(7, AuditChainHash.GENESIS, 42, AT, actor, action, kind, id, "FR", summary);
    }

    @Test
    void shiftingAFieldBoundaryChangesTheHash() {
        String base = AuditChainHash.hash(event("ab", "c", "MOMENT", "1", "x"));
        assertThat(AuditChainHash.hash(event("a", "bc", "MOMENT", "1", "x"))).isNotEqualTo(base);
        assertThat(AuditChainHash.hash(event("ab", "c", "MOMENT1", "", "x"))).isNotEqualTo(base);
        // a value that looks like the encoding of two fields stays one field
        assertThat(AuditChainHash.hash(event("a;1:b", "c", "MOMENT", "1", "x")))
                .isNotEqualTo(AuditChainHash.hash(event("a", "b", "MOMENT", "1", "x")));
    }

    @Test
    void nullEmptyAndTheNullMarkerAreThreeValues() {
        String nul = AuditChainHash.hash(event("a", "b", null, "1", "x"));
        String empty = AuditChainHash.hash(event("a", "b", "", "1", "x"));
        String marker = AuditChainHash.hash(event("a", "b", "~", "1", "x"));
        assertThat(nul).isNotEqualTo(empty).isNotEqualTo(marker);
        assertThat(empty).isNotEqualTo(marker);
    }

    @Test
    void everyFieldAndTheChainPositionCount() {
        var e = event("a", "b", "MOMENT", "1", "x");
        String base = AuditChainHash.hash(e);
        assertThat(AuditChainHash.hash(new AuditChainHash.Sealed(8, e.prevHash(), 42, AT, "a", "b", "MOMENT", "1", "FR", "x")))
                .isNotEqualTo(base);
        assertThat(AuditChainHash.hash(new AuditChainHash.Sealed(7, "1".repeat(64), 42, AT, "a", "b", "MOMENT", "1", "FR",
                "x"))).isNotEqualTo(base);
        assertThat(AuditChainHash.hash(new AuditChainHash.Sealed(7, e.prevHash(), 43, AT, "a", "b", "MOMENT", "1", "FR",
                "x"))).isNotEqualTo(base);
        assertThat(AuditChainHash.hash(new AuditChainHash.Sealed(7, e.prevHash(), 42, AT.plusNanos(1000), "a", "b",
                "MOMENT", "1", "FR", "x"))).isNotEqualTo(base);
        assertThat(AuditChainHash.hash(new AuditChainHash.Sealed(7, e.prevHash(), 42, AT, "a", "b", "MOMENT", "1", null,
                "x"))).isNotEqualTo(base);
        assertThat(base).matches("[0-9a-f]{64}").isEqualTo(AuditChainHash.hash(event("a", "b", "MOMENT", "1", "x")));
    }

    @Test
    void theCanonicalFormIsTheDocumentedOne() {
        String form = new String(AuditChainHash.canonical(event("admin", "X", null, "1", "é,\n")), StandardCharsets.UTF_8);
        assertThat(form).isEqualTo("clipdesk-audit-v1\n1:7;64:" + AuditChainHash.GENESIS + ";2:42;"
                + "27:2026-11-30T09:37:34.123456Z;5:admin;1:X;~;1:1;2:FR;4:é,\n;");
    }
}

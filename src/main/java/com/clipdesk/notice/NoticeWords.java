package com.clipdesk.notice;

import com.clipdesk.content.ContentKind;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the facts of a notice need in each template language: the item's kind, quotation marks,
 * what was decided, the ground's wording, "all markets", and how to appeal. Markets and dates come
 * from the JDK's locale data. A language without an entry here gets English words.
 */
final class NoticeWords {

    /** The languages the default templates and these words come in. */
    static final List<String> LANGUAGES = List.of("en", "pt", "es", "fr", "de", "ja", "ko");

    enum Next { APPEAL, REDRESS, NOTHING }

    private record Words(String open, String close, String listSeparator, String allMarkets, String illegal,
            String terms, Map<ContentKind, String> items, Map<NoticeKind, String> decisions, String appeal,
            String redress, String nothing) {}

    private static final Map<String, Words> WORDS = Map.of(
            "en", new Words("“", "”", ", ", "all markets", "Illegal content under %s", "Breach of our terms: %s",
                    items("Moment", "fandom submission", "private recommendation", "watch-party message"),
                    decisions("Removed", "Labelled as a spoiler", "Taken down", "Takedown narrowed", "Takedown lifted",
                            "Appeal rejected: original decision upheld", "Appeal granted: original decision reversed",
                            "Appeal partly granted: fewer markets"),
                    "reply within 6 months from the app: Settings › Account › Appeals, quoting reference %s.",
                    "this decision on your appeal is final with us. You can still refer the dispute to a certified "
                            + "out-of-court dispute settlement body (Art. 21 Digital Services Act) or take it to a court.",
                    "nothing to do. If you have questions, reply from the app: Settings › Account › Appeals, "
                            + "quoting reference %s."),
            "pt", new Words("“", "”", ", ", "todos os países", "Conteúdo ilegal segundo %s",
                    "Violação dos nossos termos: %s",
                    items("Momento", "publicação de fã", "recomendação privada", "mensagem de watch party"),
                    decisions("Removido", "Marcado como spoiler", "Retirado do ar", "Retirada reduzida",
                            "Retirada revogada", "Recurso negado: decisão original mantida",
                            "Recurso aceito: decisão original revertida", "Recurso aceito em parte: menos países"),
                    "responda em até 6 meses pelo app: Configurações › Conta › Recursos, informando a referência %s.",
                    "esta decisão sobre o seu recurso é definitiva na nossa plataforma. Você ainda pode levar a "
                            + "disputa a um órgão certificado de resolução extrajudicial de litígios (art. 21 do "
                            + "Regulamento dos Serviços Digitais) ou a um tribunal.",
                    "nenhuma ação é necessária. Se tiver dúvidas, responda pelo app: Configurações › Conta › "
                            + "Recursos, informando a referência %s."),
            "es", new Words("«", "»", ", ", "todos los países", "Contenido ilegal según %s",
                    "Incumplimiento de nuestras condiciones: %s",
                    items("Momento", "publicación de fans", "recomendación privada", "mensaje de watch party"),
                    decisions("Eliminado", "Marcado como spoiler", "Retirado", "Retirada reducida", "Retirada revocada",
                            "Apelación rechazada: se mantiene la decisión original",
                            "Apelación aceptada: se revoca la decisión original",
                            "Apelación aceptada en parte: menos países"),
                    "responde en un plazo de 6 meses desde la app: Ajustes › Cuenta › Apelaciones, indicando la "
                            + "referencia %s.",
                    "esta decisión sobre tu apelación es definitiva en nuestra plataforma. Aún puedes someter la "
                            + "disputa a un órgano certificado de resolución extrajudicial de litigios (art. 21 del "
                            + "Reglamento de Servicios Digitales) o acudir a un tribunal.",
                    "no tienes que hacer nada. Si tienes preguntas, responde desde la app: Ajustes › Cuenta › "
                            + "Apelaciones, indicando la referencia %s."),
            "fr", new Words("« ", " »", ", ", "tous les pays", "Contenu illicite au regard de %s",
                    "Non-respect de nos conditions : %s",
                    items("Moment", "contribution de fan", "recommandation privée", "message de watch party"),
                    decisions("Supprimé", "Signalé comme spoiler", "Retiré", "Retrait restreint", "Retrait levé",
                            "Recours rejeté : décision initiale maintenue",
                            "Recours accepté : décision initiale annulée",
                            "Recours partiellement accepté : moins de pays"),
                    "répondez dans un délai de 6 mois depuis l’application : Paramètres › Compte › Recours, en "
                            + "indiquant la référence %s.",
                    "cette décision sur votre recours est définitive de notre côté. Vous pouvez encore soumettre le "
                            + "litige à un organe certifié de règlement extrajudiciaire des litiges (art. 21 du "
                            + "règlement sur les services numériques) ou saisir un tribunal.",
                    "vous n’avez rien à faire. Pour toute question, répondez depuis l’application : Paramètres › "
                            + "Compte › Recours, en indiquant la référence %s."),
            "de", new Words("„", "“", ", ", "alle Länder", "Rechtswidriger Inhalt nach %s",
                    "Verstoß gegen unsere Nutzungsbedingungen: %s",
                    items("Moment", "Fan-Beitrag", "private Empfehlung", "Watch-Party-Nachricht"),
                    decisions("Entfernt", "Als Spoiler gekennzeichnet", "Gesperrt", "Sperre eingeschränkt",
                            "Sperre aufgehoben", "Einspruch abgelehnt: ursprüngliche Entscheidung bestätigt",
                            "Einspruch stattgegeben: ursprüngliche Entscheidung aufgehoben",
                            "Einspruch teilweise stattgegeben: weniger Länder"),
                    "antworte innerhalb von 6 Monaten in der App unter Einstellungen › Konto › Einsprüche und gib "
                            + "die Referenz %s an.",
                    "diese Entscheidung über deinen Einspruch ist bei uns endgültig. Du kannst die Streitigkeit "
                            + "weiterhin einer zertifizierten außergerichtlichen Streitbeilegungsstelle (Art. 21 "
                            + "Digital Services Act) vorlegen oder ein Gericht anrufen.",
                    "du musst nichts tun. Bei Fragen antworte in der App unter Einstellungen › Konto › Einsprüche "
                            + "und gib die Referenz %s an."),
            "ja", new Words("「", "」", "、", "すべての国・地域", "%s に基づく違法なコンテンツ", "利用規約違反：%s",
                    items("モーメント", "ファン投稿", "プライベートおすすめ", "ウォッチパーティーのメッセージ"),
                    decisions("削除", "ネタバレとして表示", "公開停止", "公開停止の範囲を縮小", "公開停止を解除",
                            "異議申し立てを棄却（当初の判断を維持）", "異議申し立てを認容（当初の判断を取消）",
                            "異議申し立てを一部認容（対象の国・地域を縮小）"),
                    "6か月以内にアプリの「設定 › アカウント › 異議申し立て」から、参照番号 %s を添えてご返信ください。",
                    "この異議申し立てに対する判断は当社における最終判断です。引き続き、認定された裁判外紛争解決機関"
                            + "（デジタルサービス法第21条）に申し立てるか、裁判所に訴えることができます。",
                    "お客様の対応は不要です。ご不明な点は、アプリの「設定 › アカウント › 異議申し立て」から参照番号 %s "
                            + "を添えてお問い合わせください。"),
            "ko", new Words("“", "”", ", ", "모든 국가 및 지역", "%s에 따른 불법 콘텐츠", "이용약관 위반: %s",
                    items("모먼트", "팬 게시물", "비공개 추천", "워치 파티 메시지"),
                    decisions("삭제", "스포일러로 표시", "게시 중단", "게시 중단 범위 축소", "게시 중단 해제",
                            "이의 제기 기각(원래 결정 유지)", "이의 제기 인용(원래 결정 취소)",
                            "이의 제기 일부 인용(적용 국가 및 지역 축소)"),
                    "6개월 이내에 앱의 설정 › 계정 › 이의 제기에서 참조 번호 %s을(를) 기재하여 회신해 주세요.",
                    "이의 제기에 대한 이번 결정은 당사의 최종 결정입니다. 다만 인증된 재판 외 분쟁 해결 기관(디지털 "
                            + "서비스법 제21조)에 분쟁을 회부하거나 법원에 소송을 제기할 수 있습니다.",
                    "별도로 하실 일은 없습니다. 문의 사항이 있으면 앱의 설정 › 계정 › 이의 제기에서 참조 번호 %s을(를) "
                            + "기재하여 회신해 주세요."));

    private final String language;
    private final Words words;
    private final Locale locale;

    private NoticeWords(String language) {
        this.language = language;
        this.words = WORDS.getOrDefault(language, WORDS.get("en"));
        this.locale = Locale.forLanguageTag(language);
    }

    static NoticeWords of(String language) {
        return new NoticeWords(language);
    }

    /** Moment “caption…” (Title S1E2 · 0:10–0:40), with the language's quotation marks. */
    String item(ContentKind kind, String text, String context) {
        String shown = text.strip().replaceAll("\\s+", " ");
        if (shown.length() > 60) {
            shown = shown.substring(0, 59).strip() + "…";
        }
        String parens = language.equals("ja") ? "（%s）" : " (%s)";
        return words.items().get(kind) + (language.equals("ja") ? "" : " ") + words.open() + shown + words.close()
                + (context.isBlank() ? "" : parens.formatted(context));
    }

    String decision(NoticeKind kind) {
        return words.decisions().get(kind);
    }

    String illegal(String law) {
        return words.illegal().formatted(law);
    }

    String terms(String clause) {
        return words.terms().formatted(clause);
    }

    String allMarkets() {
        return words.allMarkets();
    }

    /** Country names in this language, sorted as its readers sort them. */
    String markets(Collection<String> codes) {
        Collator collator = Collator.getInstance(locale);
        return codes.stream().map(this::country).sorted(collator).reduce((a, b) -> a + words.listSeparator() + b)
                .orElse(words.allMarkets());
    }

    private String country(String code) {
        try {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        } catch (java.util.IllformedLocaleException e) {
            return code;
        }
    }

    String date(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at.atZone(zone));
    }

    String next(Next next, String reference) {
        return switch (next) {
            case APPEAL -> words.appeal().formatted(reference);
            case REDRESS -> words.redress();
            case NOTHING -> words.nothing().formatted(reference);
        };
    }

    private static Map<ContentKind, String> items(String moment, String submission, String recommendation,
            String message) {
        var map = new EnumMap<ContentKind, String>(ContentKind.class);
        map.put(ContentKind.MOMENT, moment);
        map.put(ContentKind.FANDOM_SUBMISSION, submission);
        map.put(ContentKind.PRIVATE_RECOMMENDATION, recommendation);
        map.put(ContentKind.WATCH_PARTY_MESSAGE, message);
        return map;
    }

    private static Map<NoticeKind, String> decisions(String... labels) {
        var map = new EnumMap<NoticeKind, String>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            map.put(kind, labels[kind.ordinal()]);
        }
        return map;
    }
}

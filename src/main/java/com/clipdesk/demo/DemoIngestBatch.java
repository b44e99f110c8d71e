package com.clipdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small batch the demo product pushes through the ingest API's service at first start, as NDJSON:
 * three members (US, GB, BR), Moments on three recently released episodes with captions some of the
 * demo rules match ("knife", "spoiler alert", "sorteio" in Brazil, and once in the US where the
 * Brazilian rule does not look), share links, two fandom submissions and two reports. Created over the
 * last hours before {@code now}; the same episodes and {@code now} give the same lines.
 */
final class DemoIngestBatch {

    /** An episode released in the US, GB and BR, where the batch's items are listed. */
    record Episode(long id, long titleId, int durationS) {}

    private record Clip(int episode, String creator, String language, List<String> markets, String caption) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // the members' external ids: a US clipper, a British one, a Brazilian one
    private static final String US = "mbr-8f2c41", GB = "mbr-3a9e07", BR = "mbr-c51d92";

    private static final List<Clip> CLIPS = List.of(
            new Clip(0, US, "en", List.of("US", "GB"), "That knife throw in the cold open 😳 no way that was a stunt double"),
            new Clip(0, US, "en", List.of("US"), "Rewatched this scene five times, the lighting is unreal"),
            new Clip(0, GB, "en", List.of("GB"), "Proper knife-edge tension in this bit, couldn't breathe"),
            new Clip(0, BR, "pt-BR", List.of("BR"), "Que cena!! Chorei demais com esse reencontro"),
            new Clip(0, US, "en", List.of("US", "GB"), "spoiler alert: the captain was the mole all along"),
            new Clip(0, GB, "en", List.of("GB", "US"), "The banter in this scene, honestly the best writing this season"),
            new Clip(0, BR, "pt-BR", List.of("BR"), "SORTEIO: comenta aqui e marca 3 amigos pra ganhar 1 ano grátis"),
            new Clip(0, BR, "pt-BR", List.of("BR", "US"), "A trilha sonora desse episódio é perfeita"),
            new Clip(1, GB, "en", List.of("GB", "US"), "Spoiler alert!! He doesn't make it out of the tunnel"),
            new Clip(1, US, "en", List.of("US"), "She slides the knife across the table and says nothing. Chills."),
            new Clip(1, BR, "pt-BR", List.of("BR"), "Sorteio relâmpago de assinatura no link da bio, corre"),
            new Clip(1, US, "en", List.of("US", "GB"), "Cold open of the year, calling it now"),
            new Clip(1, GB, "en", List.of("GB"), "Cup of tea and this episode, perfect Sunday"),
            new Clip(1, BR, "pt-BR", List.of("BR"), "Esse plano-sequência no corredor, que direção"),
            new Clip(1, US, "pt-BR", List.of("US"), "sorteio de camisetas da série pros fãs daqui dos EUA!"),
            new Clip(1, GB, "en", List.of("GB", "US"), "The way the score drops out right before the reveal"),
            new Clip(2, US, "en", List.of("US"), "spoiler alert but the last 30 seconds change everything"),
            new Clip(2, BR, "pt-BR", List.of("BR", "US", "GB"), "Essa atuação merece todos os prêmios"),
            new Clip(2, GB, "en", List.of("GB"), "Kitchen knife fight choreography was brutal"),
            new Clip(2, US, "en", List.of("US"), "Lowkey the funniest line of the whole show"),
            new Clip(2, BR, "pt-BR", List.of("BR"), "Sorteio? Não, só vim dizer que esse final me quebrou"),
            new Clip(2, GB, "en", List.of("GB", "US"), "That lighthouse shot is pure art"),
            new Clip(2, US, "en", List.of("US", "GB"), "Mom walked in at exactly the wrong moment"),
            new Clip(2, BR, "pt-BR", List.of("BR"), "Quem mais ficou arrepiado nessa parte?"),
            new Clip(2, GB, "en", List.of("GB"), "Series finale energy and it's only episode three"));

    private DemoIngestBatch() {}

    /** How many Moments the batch pushes. */
    static int moments() {
        return CLIPS.size();
    }

    /** The batch as an NDJSON body; {@code episodes} must hold at least three. */
    static byte[] ndjson(List<Episode> episodes, Instant now) {
        if (episodes.size() < 3) {
            throw new IllegalArgumentException("The demo ingest needs three episodes released in US, GB and BR");
        }
        Instant start = now.minus(Duration.ofHours(6));
        List<Map<String, Object>> lines = new ArrayList<>();
        // handles with '.', which the generated members' never have
        lines.add(member(US, "nightowl.reels", "US", "25_34", now.minus(Duration.ofDays(412))));
        lines.add(member(GB, "tomfromleeds.clips", "GB", "18_24", now.minus(Duration.ofDays(97))));
        lines.add(member(BR, "gabi.cortes", "BR", "18_24", now.minus(Duration.ofDays(230))));
        for (int i = 0; i < CLIPS.size(); i++) {
            Clip clip = CLIPS.get(i);
            Episode episode = episodes.get(clip.episode());
            // spread over the episode: clip i of its episode starts at a different point of it
            int length = 12 + (i * 7) % 40;
            int from = Math.max(0, (int) ((long) (episode.durationS() - length - 1) * ((i * 37) % 100) / 100));
            Map<String, Object> line = line("moment", "mom-" + (7_310_400 + i * 13));
            line.put("episodeId", episode.id());
            line.put("startSecond", from);
            line.put("endSecond", Math.min(episode.durationS(), from + length));
            line.put("caption", clip.caption());
            line.put("language", clip.language());
            line.put("creator", clip.creator());
            line.put("markets", clip.markets());
            line.put("createdAt", start.plus(Duration.ofMinutes(13L * i)).toString());
            lines.add(line);
        }
        lines.add(shareLink("shr-55021", "mom-7310400", "rZ4tq8KcW1", "tiktok", now.minus(Duration.ofHours(5))));
        lines.add(shareLink("shr-55022", "mom-7310400", "Hq7mB2xLp9", "x", now.minus(Duration.ofHours(4))));
        lines.add(shareLink("shr-55023", "mom-7310465", "Vd3nY6sFa0", "instagram", now.minus(Duration.ofHours(3))));
        lines.add(submission("sub-20931", episodes.get(1).titleId(), "theory", "en", US, List.of("US", "GB"),
                "Theory: the knife on the kitchen table is the one from the flashback. Look at the chipped handle in "
                        + "both shots, and who picks it up last.", null, List.of("theory", "flashback")));
        lines.add(submission("sub-20932", episodes.get(2).titleId(), "fan_art", "pt-BR", BR, List.of("BR"),
                "Fanart da cena do farol, feita no tablet em seis horas. Críticas são bem-vindas!",
                "media/fan-art/9c1e7a2f.png", List.of("fanart", "farol")));
        lines.add(report("rep-88410", "mom-7310400", GB, "violent_threat",
                "He points the knife at the camera like he means someone watching", "GB", now.minus(Duration.ofHours(2))));
        lines.add(report("rep-88411", "mom-7310504", US, "spoiler",
                "Gives away who dies in the tunnel, no warning before the clip", "US", now.minus(Duration.ofMinutes(40))));
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> line : lines) {
            body.append(JSON.writeValueAsString(line)).append('\n');
        }
        return body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> line(String type, String externalId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        line.put("externalId", externalId);
        line.put("version", 1);
        return line;
    }

    private static Map<String, Object> member(String id, String handle, String market, String ageBand, Instant joined) {
        Map<String, Object> line = line("member", id);
        line.put("handle", handle);
        line.put("homeMarket", market);
        line.put("ageBand", ageBand);
        line.put("joinedAt", joined.toString());
        return line;
    }

    private static Map<String, Object> shareLink(String id, String moment, String token, String destination,
            Instant created) {
        Map<String, Object> line = line("share-link", id);
        line.put("moment", moment);
        line.put("token", token);
        line.put("destination", destination);
        line.put("createdAt", created.toString());
        return line;
    }

    private static Map<String, Object> submission(String id, long titleId, String kind, String language, String creator,
            List<String> markets, String body, @org.jspecify.annotations.Nullable String media, List<String> tags) {
        Map<String, Object> line = line("fandom-submission", id);
        line.put("titleId", titleId);
        line.put("kind", kind);
        line.put("body", body);
        if (media != null) {
            line.put("mediaRef", media);
        }
        line.put("language", language);
        line.put("creator", creator);
        line.put("tags", tags);
        line.put("markets", markets);
        return line;
    }

    private static Map<String, Object> report(String id, String moment, String reporter, String reason, String text,
            String market, Instant created) {
        Map<String, Object> line = line("report", id);
        line.put("subjectType", "moment");
        line.put("subject", moment);
        line.put("reporter", reporter);
        line.put("reason", reason);
        line.put("text", text);
        line.put("market", market);
        line.put("createdAt", created.toString());
        return line;
    }
}

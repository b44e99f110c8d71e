package com.clipdesk.demo;

import org.jspecify.annotations.Nullable;

/** Picks and fills the texts members write, in their language, matching why a subject gets reported. */
final class Texts {

    private static final String[] EMOJI = {"😭", "🔥", "😱", "👀", "💀", "🤯", "❤️", "😂", "🙌", "✨"};

    private final TextCorpus corpus;

    Texts(TextCorpus corpus) {
        this.corpus = corpus;
    }

    /**
     * A text from the section, unless the subject is planned to be reported for a reason whose
     * content we imitate (a spoiler, spam, rudeness): then from that section, so reports fit.
     */
    String write(Dice dice, String language, String section, @Nullable String plannedReason, String title,
            String episode, int atSecond) {
        String chosen = switch (plannedReason == null ? "" : plannedReason) {
            case "SPOILER" -> "spoiler";
            case "SPAM" -> "spam";
            case "HARASSMENT" -> section.equals("caption") ? section : "rude";
            default -> section;
        };
        String template = corpus.pick(dice, language, chosen);
        for (int attempt = 0; attempt < 5 && episode.isEmpty() && template.contains("{episode}"); attempt++) {
            template = corpus.pick(dice, language, chosen);
        }
        String text = template.replace("{title}", title)
                .replace("{episode}", episode)
                .replace("{time}", clock(atSecond))
                .replace("  ", " ")
                .strip();
        if (section.equals("caption") && dice.chance(0.4)) {
            text = text + " " + dice.pick(EMOJI);
        }
        return text;
    }

    /** 12:05, or 1:57:08 past the hour (films). */
    private static String clock(int seconds) {
        return seconds >= 3600
                ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    String pick(Dice dice, String language, String section) {
        return corpus.pick(dice, language, section);
    }
}

package com.clipdesk.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin may change on a market, with the version they saw (optimistic locking). Which fandom
 * submissions wait for review there is the market's sharing policy (issue 8), not a market setting.
 */
public record MarketChange(
        @NotBlank(message = "Enter the market's name") @Size(max = Market.NAME_MAX) String name,
        @NotBlank(message = "Enter a locale such as pt-BR")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "Use a language tag such as pt-BR or fr-FR")
        String locale,
        @NotBlank(message = "Choose a time zone") @Size(max = Market.TIME_ZONE_MAX) String timeZone,
        long version) {}

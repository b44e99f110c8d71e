package com.clipdesk.catalog;

import java.util.List;

/** A title's episodes (by season and number) × every market: the release-date page's grid. */
public record TitleReleases(TitleSummary title, List<MarketView> markets, List<EpisodeReleases> episodes) {}

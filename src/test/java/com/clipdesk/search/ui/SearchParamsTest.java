package com.clipdesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.search.SearchSort;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

    @Test
    void anEmptyQueryListsNewestFirstAndAQueryRanksByRelevance() {
        assertThat(SearchParams.from(QueryParameters.empty()).sort()).isEqualTo(SearchSort.NEWEST);
        assertThat(SearchParams.from(QueryParameters.fromString("q=storm")).sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    @Test
    void aChosenSortTravelsInTheAddressAndAnUnknownOneIsIgnored() {
        SearchParams params = SearchParams.from(QueryParameters.fromString("q=market%3ABR%20storm&sort=MOST_SHARED"));
        assertThat(params).isEqualTo(new SearchParams("market:BR storm", SearchSort.MOST_SHARED));
        assertThat(params.toQueryParameters().getQueryString()).isEqualTo("q=market%3ABR%20storm&sort=MOST_SHARED");
        assertThat(SearchParams.from(QueryParameters.fromString("q=storm&sort=LOUDEST")).chosenSort()).isNull();
    }

    @Test
    void theDefaultSortStaysOutOfTheAddress() {
        assertThat(new SearchParams(" ", null).toQueryParameters().getQueryString()).isEmpty();
    }
}

package com.clipdesk.support;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;

/** Every row a (lazy) grid shows, fetched through its data provider as the browser would. */
public final class GridRows {

    private GridRows() {}

    public static <T> List<T> of(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        int size = GridKt._size(grid);
        for (int i = 0; i < size; i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }
}

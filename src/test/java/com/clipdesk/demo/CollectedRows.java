package com.clipdesk.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A sink that keeps every generated row, readable by column name. */
final class CollectedRows implements RowSink {

    record Row(DemoTable table, @Nullable Object[] values) {

        @Nullable Object get(String column) {
            int index = table.columns().indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(table + " has no column " + column);
            }
            return values[index];
        }

        long id(String column) {
            return ((Number) get(column)).longValue();
        }

        int integer(String column) {
            return ((Number) get(column)).intValue();
        }

        String text(String column) {
            return (String) get(column);
        }
    }

    private final Map<DemoTable, List<Row>> rows = new EnumMap<>(DemoTable.class);

    @Override
    public void add(DemoTable table, @Nullable Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(new Row(table, values.clone()));
    }

    List<Row> of(DemoTable table) {
        return rows.getOrDefault(table, List.of());
    }
}

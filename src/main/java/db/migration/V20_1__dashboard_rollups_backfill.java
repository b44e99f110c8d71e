package db.migration;

import com.clipdesk.dashboard.RollupBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 10: fills the dashboards' daily rollups (V20) from the decisions and appeals already stored,
 * so an existing database shows its history from the first start. Java, not SQL: a case's markets are
 * a comma list, split per market, which no SQL both H2 and MariaDB run does portably.
 */
public class V20_1__dashboard_rollups_backfill extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RollupBackfill.rebuild(context.getConnection());
    }
}

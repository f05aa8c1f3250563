package io.chargedesk.app;

import io.chargedesk.alert.Alert;
import io.chargedesk.ui.alerts.AlertsViewModel;
import io.chargedesk.usecase.AlertDesk;
import io.chargedesk.usecase.port.StoreException;
import java.util.List;

/** The alert list's store: the alerts use case over the site's database. */
final class AlertListStore implements AlertsViewModel.AlertStore {

    private final AlertDesk desk;

    AlertListStore(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<Alert> list() throws StoreException {
        return desk.list();
    }

    @Override
    public boolean acknowledge(long alertId, String name) throws StoreException {
        return desk.acknowledge(alertId, name);
    }
}

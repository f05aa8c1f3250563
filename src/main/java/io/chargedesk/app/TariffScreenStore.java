package io.chargedesk.app;

import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.ui.tariffs.TariffsViewModel;
import io.chargedesk.usecase.TariffEditing;
import io.chargedesk.usecase.port.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Tariffs screen's store is the tariff-editing use case; the screen owns the interface, to be tested alone. */
final class TariffScreenStore implements TariffsViewModel.TariffStore {

    private final TariffEditing editing;
    private final ManagerGate gate;

    TariffScreenStore(TariffEditing editing, ManagerGate gate) {
        this.editing = editing;
        this.gate = gate;
    }

    @Override
    public List<Tariff> versions() throws StoreException {
        return editing.versions();
    }

    @Override
    public List<TariffAuditEntry> audit() throws StoreException {
        return editing.audit();
    }

    @Override
    public Optional<Instant> lastReceiptIssued(String tariffId) throws StoreException {
        return editing.lastReceiptIssued(tariffId);
    }

    @Override
    public void add(Tariff version) throws Exception {
        gate.asManager(() -> {
            editing.add(version);
            return null;
        });
    }

    @Override
    public void withdraw(Tariff version) throws Exception {
        gate.asManager(() -> {
            editing.withdraw(version);
            return null;
        });
    }
}

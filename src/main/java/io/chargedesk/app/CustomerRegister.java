package io.chargedesk.app;

import io.chargedesk.customer.BillTo;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.ui.customers.CustomersViewModel;
import io.chargedesk.ui.customers.FleetsViewModel;
import io.chargedesk.ui.dashboard.DashboardViewModel;
import io.chargedesk.usecase.CustomerDesk;
import io.chargedesk.usecase.StatementDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The Customers screen's register and statements, over the use cases: statements are saved as PDF (with their CSV)
 * in the data folder's {@code statements/}, in the site's language, like the receipts they list. The dashboard's
 * start and annotate dialog searches the same register and links its sessions here; a bay is reserved for a fleet
 * only by a manager, so an attendant is asked for the PIN first.
 */
final class CustomerRegister implements CustomersViewModel.Register, CustomersViewModel.Statements,
        FleetsViewModel.Fleets, DashboardViewModel.CustomerLinks {

    private final CustomerDesk customers;
    private final StatementDesk statements;
    private final Path folder;
    private final ManagerGate gate;

    /** @param gate asks for the manager's PIN when an attendant reserves or releases a bay */
    CustomerRegister(CustomerDesk customers, StatementDesk statements, Path folder, ManagerGate gate) {
        this.customers = customers;
        this.statements = statements;
        this.folder = folder;
        this.gate = gate;
    }

    @Override
    public List<CustomerAccount> search(String text) throws Exception {
        return customers.search(text);
    }

    @Override
    public void link(SessionLink link) throws Exception {
        customers.link(link);
    }

    @Override
    public Optional<SessionLink> linkOf(UUID sessionId) throws Exception {
        return customers.linkOf(sessionId);
    }

    @Override
    public Optional<CustomerAccount> customer(long id) throws Exception {
        return customers.account(id);
    }

    @Override
    public void reserve(String bayId, OptionalLong fleetId) throws Exception {
        gate.asManager(() -> customers.reserve(bayId, fleetId));
    }

    @Override
    public List<Fleet> fleets() throws Exception {
        return customers.fleets();
    }

    @Override
    public CustomerAccount save(CustomerAccount customer) throws Exception {
        return customers.save(customer);
    }

    @Override
    public Fleet save(Fleet fleet) throws Exception {
        return customers.save(fleet);
    }

    @Override
    public Path issue(BillTo billTo, StatementPeriod period) throws Exception {
        Files.createDirectories(folder);
        StatementDesk.check(folder.resolve("statement.pdf"));
        StatementDesk.Issued issued = statements.issue(billTo, period, Optional.empty());
        return StatementDesk.write(issued, folder.resolve(issued.fileName("pdf"))).pdf();
    }
}

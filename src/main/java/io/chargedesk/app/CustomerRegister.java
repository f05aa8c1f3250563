package io.chargedesk.app;

import io.chargedesk.customer.BillTo;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.ui.customers.CustomersViewModel;
import io.chargedesk.ui.dashboard.DashboardViewModel;
import io.chargedesk.usecase.CustomerDesk;
import io.chargedesk.usecase.StatementDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Customers screen's register and statements, over the use cases: statements are saved as PDF (with their CSV)
 * in the data folder's {@code statements/}, in the site's language, like the receipts they list. The dashboard's
 * start and annotate dialog searches the same register and links its sessions here.
 */
final class CustomerRegister implements CustomersViewModel.Register, CustomersViewModel.Statements,
        DashboardViewModel.CustomerLinks {

    private final CustomerDesk customers;
    private final StatementDesk statements;
    private final Path folder;

    CustomerRegister(CustomerDesk customers, StatementDesk statements, Path folder) {
        this.customers = customers;
        this.statements = statements;
        this.folder = folder;
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

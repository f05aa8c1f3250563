package io.chargedesk.testing;

import io.chargedesk.store.Database;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** One {@link TestDatabase} per vendor ChargeDesk runs on, for {@link OnEveryDatabase}. */
public final class TestDatabases implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Arrays.stream(Database.Vendor.values()).map(v -> Arguments.of(TestDatabase.on(v)));
    }
}

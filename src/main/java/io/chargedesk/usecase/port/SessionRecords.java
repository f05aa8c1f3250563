package io.chargedesk.usecase.port;

import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The recorded sessions, as the use cases look them up. */
public interface SessionRecords {

    Optional<Session> find(UUID id) throws StoreException;

    /** Sessions whose id starts with {@code prefix} (as people type ids: the first few hex digits). */
    List<Session> findByPrefix(String prefix) throws StoreException;

    /** Sessions matching {@code filter}, oldest first. */
    List<Session> list(SessionFilter filter) throws StoreException;
}

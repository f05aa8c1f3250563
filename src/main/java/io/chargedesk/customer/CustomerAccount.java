package io.chargedesk.customer;

import io.chargedesk.text.PrintCheck;
import io.chargedesk.text.Reason;
import io.chargedesk.text.TextLimit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A registered customer: who is billed (name, company, billing address, printed on receipts and statements), the
 * plates they charge with, an optional charging card or RFID number and e-mail address, and the fleet they belong
 * to, if any. Made only from fields that fit: {@link #problems} names each one that does not.
 *
 * @param id 0 for a customer not stored yet
 * @param plates normal plates ({@link Plate#normal}), each once
 */
public record CustomerAccount(long id, String name, String company, List<String> plates, String card, String email,
                              String billingAddress, OptionalLong fleetId) {

    /** The most plates one customer has: a family's or a tradesman's cars, not a fleet's (that is a fleet). */
    public static final int MAX_PLATES = 20;

    private static final Pattern CARD = Pattern.compile("[A-Za-z0-9:-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /** @throws IllegalArgumentException with every problem of {@link #problems}, one sentence each */
    public CustomerAccount {
        name = strip(name);
        company = strip(company);
        card = strip(card);
        email = strip(email);
        billingAddress = strip(billingAddress);
        plates = distinct(plates);
        List<String> problems = problems(name, company, plates, card, email, billingAddress);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    /** A new customer, not stored yet. */
    public static CustomerAccount draft(String name, String company, List<String> plates, String card, String email,
                                        String billingAddress, OptionalLong fleetId) {
        return new CustomerAccount(0, name, company, plates, card, email, billingAddress, fleetId);
    }

    public CustomerAccount withId(long newId) {
        return new CustomerAccount(newId, name, company, plates, card, email, billingAddress, fleetId);
    }

    /**
     * What keeps these fields from making a customer, one sentence each naming the field and saying what to do;
     * empty when they fit. Only the name is required.
     */
    public static List<String> problems(String name, String company, List<String> plates, String card, String email,
                                        String billingAddress) {
        return reasons(name, company, plates, card, email, billingAddress, PrintCheck.NONE).stream()
                .map(Reason::toString).toList();
    }

    /**
     * {@link #problems} as codes for the reader's language, and the name, company and billing address, which
     * receipts and statements print, checked by {@code print} too.
     */
    public static List<Reason> reasons(String name, String company, List<String> plates, String card, String email,
                                       String billingAddress, PrintCheck print) {
        List<Reason> problems = new ArrayList<>();
        if (strip(name).isEmpty()) {
            problems.add(Reason.of(RegisterProblem.NAME_EMPTY));
        }
        check(RegisterProblem.NAME, print.problem(strip(name), TextLimit.CUSTOMER_NAME), problems);
        check(RegisterProblem.COMPANY, print.problem(strip(company), TextLimit.CUSTOMER_COMPANY), problems);
        check(RegisterProblem.BILLING_ADDRESS, print.problem(strip(billingAddress), TextLimit.BILLING_ADDRESS),
                problems);
        check(RegisterProblem.CARD, TextLimit.CARD_NUMBER.reason(strip(card)), problems);
        if (!CARD.matcher(strip(card)).matches()) {
            problems.add(Reason.of(RegisterProblem.CARD_FORM));
        }
        String mail = strip(email);
        check(RegisterProblem.EMAIL, TextLimit.EMAIL.reason(mail), problems);
        if (!mail.isEmpty() && mail.length() <= TextLimit.EMAIL.max() && !EMAIL.matcher(mail).matches()) {
            problems.add(Reason.of(RegisterProblem.NOT_AN_EMAIL, mail));
        }
        List<String> kept = plates == null ? List.of() : plates;
        if (kept.size() > MAX_PLATES) {
            problems.add(Reason.of(RegisterProblem.TOO_MANY_PLATES, kept.size(), MAX_PLATES));
        }
        kept.forEach(p -> Plate.reason(p).ifPresent(problems::add));
        return problems;
    }

    /** Plates as typed, normalised, each once (the same plate twice, by {@link Plate#key}, kept once). */
    static List<String> distinct(List<String> plates) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (plates != null) {
            plates.stream().map(Plate::normal).filter(p -> !p.isEmpty()).forEach(p -> byKey.putIfAbsent(Plate.key(p), p));
        }
        return List.copyOf(byKey.values());
    }

    /** Whether {@code plate} is one of this customer's, in any spelling. */
    public boolean hasPlate(String plate) {
        String key = Plate.key(plate);
        return !key.isEmpty() && plates.stream().anyMatch(p -> Plate.key(p).equals(key));
    }

    private static void check(RegisterProblem field, Optional<Reason> problem, List<Reason> problems) {
        problem.ifPresent(p -> problems.add(Reason.of(field, p)));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

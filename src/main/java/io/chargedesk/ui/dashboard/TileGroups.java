package io.chargedesk.ui.dashboard;

import io.chargedesk.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the dashboard groups its bay tiles: by area when the site file gives any bay one (an attendant finds a bay
 * by where it is), else by bus when there are several, else in one group without a heading. Groups keep the order
 * in which the site file first names them; bays without an area come last, under "Other bays".
 */
final class TileGroups {

    /** A group's heading (none when all bays are in one group) and its bays in the site file's order. */
    record Group(Optional<String> heading, List<BayTileModel> tiles) {}

    private TileGroups() {
    }

    static List<Group> of(List<BayTileModel> tiles, Messages text) {
        if (tiles.stream().anyMatch(t -> t.area().isPresent())) {
            Map<String, List<BayTileModel>> byArea = new LinkedHashMap<>();
            List<BayTileModel> other = new ArrayList<>();
            for (BayTileModel t : tiles) {
                t.area().ifPresentOrElse(a -> byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(t),
                        () -> other.add(t));
            }
            List<Group> groups = new ArrayList<>();
            byArea.forEach((area, bays) -> groups.add(new Group(Optional.of(area), bays)));
            if (!other.isEmpty()) {
                groups.add(new Group(Optional.of(text.get("dashboard.group.otherBays")), other));
            }
            return groups;
        }
        Map<String, List<BayTileModel>> byBus = new LinkedHashMap<>();
        for (BayTileModel t : tiles) {
            byBus.computeIfAbsent(t.busId(), k -> new ArrayList<>()).add(t);
        }
        List<Group> groups = new ArrayList<>();
        byBus.forEach((bus, bays) -> groups.add(new Group(byBus.size() > 1
                ? Optional.of(text.get("dashboard.group.bus", bus)) : Optional.empty(), bays)));
        return groups;
    }
}
